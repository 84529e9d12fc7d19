package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * EventThreads: listeners run on daemon threads named pjsua4j-event-N that know themselves; a task
 * takes an idle thread, else a new one, and waits only when the bound is reached.
 */
class EventThreadsTest {
    private final ExecutorService events = EventThreads.create(4);

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
        ExecutorService other = EventThreads.create(4);
        try {
            events.submit(() -> { }).get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            assertEquals("pjsua4j-event-1",
                    other.submit(() -> Thread.currentThread().getName()).get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void anIdleThreadTakesTheNextTaskInsteadOfANewThread() throws Exception {
        events.submit(() -> { }).get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            waitForAnIdleThread(events);
            assertEquals("pjsua4j-event-1", events.submit(() -> Thread.currentThread().getName())
                    .get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        }
    }

    @Test
    void atTheBoundATaskWaitsForABusyThreadAndThenRuns() throws Exception {
        ExecutorService two = EventThreads.create(2);
        try {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch bothRunning = new CountDownLatch(2);
            for (int i = 0; i < 2; i++) {
                two.execute(() -> {
                    bothRunning.countDown();
                    Latches.await(release);
                });
            }
            assertTrue(bothRunning.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
            Future<String> third = two.submit(() -> Thread.currentThread().getName());
            assertFalse(third.isDone(), "no third thread past the bound");
            assertEquals(2, ((ThreadPoolExecutor) two).getPoolSize());

            release.countDown();
            assertTrue(Set.of("pjsua4j-event-1", "pjsua4j-event-2")
                    .contains(third.get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS)));
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aStoppedPoolRefusesTasks() {
        events.shutdown();
        assertThrows(RejectedExecutionException.class, () -> events.execute(() -> { }));
    }

    @Test
    void theBoundHasAThreadForEveryCallAccountAndHeldRequest() {
        assertEquals(32 + EventThreads.MAX_ACCOUNTS + EventThreads.MAX_HELD_REQUESTS, EventThreads.bound(32));
    }

    /** The pool's one lasting thread has finished its task and waits for the next. */
    private static void waitForAnIdleThread(ExecutorService pool) throws InterruptedException {
        LinkedTransferQueue<?> queue = (LinkedTransferQueue<?>) ((ThreadPoolExecutor) pool).getQueue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Latches.HANG_GUARD_SECONDS);
        while (!queue.hasWaitingConsumer()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no event thread came to wait for a task");
            }
            Thread.sleep(1);
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
