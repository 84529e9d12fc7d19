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

    private void schedule() {
        if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (Throwable t) {
                    errors.report(t);
                }
            }
        } finally {
            scheduled.set(false);
            // A task added between the last poll and the reset above must not be stranded.
            schedule();
        }
    }
}
