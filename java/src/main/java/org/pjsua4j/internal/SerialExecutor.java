package org.pjsua4j.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks one at a time, in submission order, on a shared pool: each account and call gets one, so
 * its listener sees events in order while a slow listener delays only its own object's events.
 */
final class SerialExecutor implements Executor {
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor pool;
    private final ListenerErrors errors;

    SerialExecutor(Executor pool, ListenerErrors errors) {
        this.pool = pool;
        this.errors = errors;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    /**
     * Runs {@code task} on the calling thread, as this executor's task, if nothing of this executor is
     * queued or running, and says whether it did; the caller queues it otherwise. For bookkeeping that
     * no listener hears, to save the hand-over to a pool thread. {@code task} may {@link #execute}
     * more, which the pool runs after it.
     */
    boolean runHereIfIdle(Runnable task) {
        if (!tasks.isEmpty() || !scheduled.compareAndSet(false, true)) {
            return false;
        }
        boolean ran = false;
        try {
            // Another thread may have queued a task between the check above and the claim: it goes first.
            if (tasks.isEmpty()) {
                ran = true;
                runReporting(task);
            }
        } finally {
            release();
        }
        return ran;
    }

    private void schedule() {
        if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                runReporting(task);
            }
        } finally {
            release();
        }
    }

    private void runReporting(Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            errors.report(t);
        }
    }

    private void release() {
        scheduled.set(false);
        // A task added between the last poll and the reset above must not be stranded.
        schedule();
    }
}
