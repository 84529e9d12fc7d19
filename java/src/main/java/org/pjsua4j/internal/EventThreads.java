package org.pjsua4j.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon threads that run listeners, named pjsua4j-event-N: one lives as long as the pool, the
 * others end after a minute idle.
 *
 * <p>Every account, call and held request delivers through a {@link SerialExecutor} of its own, which
 * has at most one task on this pool at a time. A task goes to an idle thread if there is one, else to
 * a new thread, so that a listener that blocks delays only its own object's events; only at the
 * bound does it wait for a thread to come free. The bound, {@link #bound}, is one thread for each of
 * those objects that can exist at once, so it is reached only when that many listeners block together.
 * In practice the pool holds as many threads as listeners were running at the same moment.
 */
final class EventThreads {
    /** pjsua's accounts at most (PJSUA_MAX_ACC in third_party/config_site.h). */
    static final int MAX_ACCOUNTS = 256;
    /** Requests held for a handler at most (PJ4J_UNHANDLED_MAX_HELD in native/include/pj4j_unhandled.h). */
    static final int MAX_HELD_REQUESTS = 256;
    private static final long IDLE_SECONDS = 60;

    private EventThreads() {
    }

    /** Threads enough for every call, account and held request an endpoint of {@code maxCalls} calls can have. */
    static int bound(int maxCalls) {
        return maxCalls + MAX_ACCOUNTS + MAX_HELD_REQUESTS;
    }

    /** A pool of at most {@code maxThreads} threads; after shutdown it refuses tasks. */
    static ExecutorService create(int maxThreads) {
        AtomicInteger seq = new AtomicInteger();
        ThreadFactory factory = task -> new EventThread(task, "pjsua4j-event-" + seq.incrementAndGet());
        HandOff queue = new HandOff();
        return new ThreadPoolExecutor(1, maxThreads, IDLE_SECONDS, TimeUnit.SECONDS, queue, factory, (task, pool) -> {
            if (pool.isShutdown()) {
                throw new RejectedExecutionException("the endpoint's event threads have stopped");
            }
            // Every thread is busy and there may be no more: the one thread that never ends takes it at the latest.
            queue.enqueue(task);
            if (pool.isShutdown() && queue.remove(task)) {
                throw new RejectedExecutionException("the endpoint's event threads have stopped");
            }
        });
    }

    static boolean isEventThread() {
        return Thread.currentThread() instanceof EventThread;
    }

    /**
     * Takes a task only for a thread already waiting for one, so that the pool starts a thread
     * rather than queue it behind a busy one; the pool queues it here once it has all its threads.
     */
    private static final class HandOff extends LinkedTransferQueue<Runnable> {
        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }

        void enqueue(Runnable task) {
            super.offer(task);
        }
    }

    private static final class EventThread extends Thread {
        EventThread(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }
}
