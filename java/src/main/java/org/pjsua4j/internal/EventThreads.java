package org.pjsua4j.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The daemon threads that run listeners, named pjsua4j-event-N; idle ones end after a minute. */
final class EventThreads {
    private EventThreads() {
    }

    static ExecutorService create() {
        AtomicInteger seq = new AtomicInteger();
        ThreadFactory factory = task -> new EventThread(task, "pjsua4j-event-" + seq.incrementAndGet());
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
    }

    static boolean isEventThread() {
        return Thread.currentThread() instanceof EventThread;
    }

    private static final class EventThread extends Thread {
        EventThread(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }
}
