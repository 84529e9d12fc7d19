package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** EventThreads: listeners run on daemon threads named pjsua4j-event-N that know themselves. */
class EventThreadsTest {
    private final ExecutorService events = EventThreads.create();

    @AfterEach
    void shutDown() {
        events.shutdownNow();
    }

    @Test
    void tasksRunOnANamedDaemonEventThread() throws Exception {
        Thread t = events.submit(Thread::currentThread).get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        assertEquals("pjsua4j-event-1", t.getName());
        assertTrue(t.isDaemon());
    }

    @Test
    void isEventThreadInsideButNotOutside() throws Exception {
        assertTrue(events.submit(EventThreads::isEventThread).get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        assertFalse(EventThreads.isEventThread());
    }

    @Test
    void aThreadThatOnlyHasTheNameIsNoEventThread() throws Exception {
        boolean[] inside = new boolean[1];
        Thread impostor = new Thread(() -> inside[0] = EventThreads.isEventThread(), "pjsua4j-event-1");
        impostor.start();
        impostor.join(TimeUnit.SECONDS.toMillis(Latches.HANG_GUARD_SECONDS));
        assertFalse(impostor.isAlive());
        assertFalse(inside[0]);
    }

    @Test
    void busyThreadsAreJoinedByNewOnesNumberedOnward() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        Future<String> first = events.submit(() -> nameWhenBothRun(bothRunning));
        Future<String> second = events.submit(() -> nameWhenBothRun(bothRunning));

        String a = first.get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        String b = second.get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        assertNotEquals(a, b, "a task never waits for a busy thread");
        assertEquals(java.util.Set.of("pjsua4j-event-1", "pjsua4j-event-2"), java.util.Set.of(a, b));
    }

    @Test
    void eachPoolNumbersItsOwnThreads() throws Exception {
        ExecutorService other = EventThreads.create();
        try {
            events.submit(() -> { }).get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            assertEquals("pjsua4j-event-1",
                    other.submit(() -> Thread.currentThread().getName()).get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        } finally {
            other.shutdownNow();
        }
    }

    private static String nameWhenBothRun(CountDownLatch bothRunning) throws InterruptedException {
        bothRunning.countDown();
        if (!bothRunning.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the second task did not get a thread of its own");
        }
        return Thread.currentThread().getName();
    }
}
