package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SerialExecutor: in order, one at a time, errors reported, nothing stranded. */
class SerialExecutorTest {
    private static final ListenerErrors RETHROW_IN_TEST = t -> {
        throw new AssertionError("unexpected report", t);
    };

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    @Test
    void runsTasksInSubmissionOrderOnAMultiThreadedPool() throws InterruptedException {
        List<Integer> ranA = new CopyOnWriteArrayList<>();
        List<Integer> ranB = new CopyOnWriteArrayList<>();
        SerialExecutor a = new SerialExecutor(pool, RETHROW_IN_TEST);
        SerialExecutor b = new SerialExecutor(pool, RETHROW_IN_TEST);
        CountDownLatch done = new CountDownLatch(2000);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            a.execute(() -> {
                ranA.add(n);
                done.countDown();
            });
            b.execute(() -> {
                ranB.add(n);
                done.countDown();
            });
        }
        assertTrue(done.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        List<Integer> expected = IntStream.range(0, 1000).boxed().toList();
        assertEquals(expected, ranA);
        assertEquals(expected, ranB);
    }

    @Test
    void neverRunsTwoTasksAtOnceUnderManySubmitters() throws InterruptedException {
        SerialExecutor serial = new SerialExecutor(pool, RETHROW_IN_TEST);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        int submitters = 8;
        int perSubmitter = 500;
        CountDownLatch done = new CountDownLatch(submitters * perSubmitter);
        CountDownLatch start = new CountDownLatch(1);
        for (int s = 0; s < submitters; s++) {
            pool.execute(() -> {
                Latches.await(start);
                for (int i = 0; i < perSubmitter; i++) {
                    serial.execute(() -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.yield(); // widen the window another task would overlap in
                        ran.incrementAndGet();
                        running.decrementAndGet();
                        done.countDown();
                    });
                }
            });
        }
        start.countDown();
        assertTrue(done.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, mostAtOnce.get());
        assertEquals(submitters * perSubmitter, ran.get());
    }

    @Test
    void keepsOrderPerSubmitterUnderManySubmitters() throws InterruptedException {
        SerialExecutor serial = new SerialExecutor(pool, RETHROW_IN_TEST);
        int submitters = 4;
        int perSubmitter = 1000;
        List<List<Integer>> seen = new ArrayList<>();
        for (int s = 0; s < submitters; s++) {
            seen.add(new ArrayList<>()); // written only by the serial tasks, one at a time
        }
        CountDownLatch done = new CountDownLatch(submitters * perSubmitter);
        for (int s = 0; s < submitters; s++) {
            List<Integer> mine = seen.get(s);
            pool.execute(() -> {
                for (int i = 0; i < perSubmitter; i++) {
                    int n = i;
                    serial.execute(() -> {
                        mine.add(n);
                        done.countDown();
                    });
                }
            });
        }
        assertTrue(done.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        List<Integer> expected = IntStream.range(0, perSubmitter).boxed().toList();
        for (List<Integer> s : seen) { // the latch orders the tasks' writes before these reads
            assertEquals(expected, s);
        }
    }

    @Test
    void aThrowingTaskIsReportedAndTheNextStillRuns() {
        List<Throwable> reported = new ArrayList<>();
        SerialExecutor serial = new SerialExecutor(Runnable::run, reported::add);
        RuntimeException boom = new RuntimeException("boom");
        AssertionError error = new AssertionError("an Error too");
        List<String> ran = new ArrayList<>();

        serial.execute(() -> {
            throw boom;
        });
        serial.execute(() -> ran.add("after exception"));
        serial.execute(() -> {
            throw error;
        });
        serial.execute(() -> ran.add("after error"));

        assertEquals(List.of(boom, error), reported, "the thrown instances, in order");
        assertEquals(List.of("after exception", "after error"), ran);
    }

    @Test
    void aThrowingTaskInTheMiddleOfAQueueDoesNotDropTheRest() {
        ManualPool manual = new ManualPool();
        List<Throwable> reported = new ArrayList<>();
        SerialExecutor serial = new SerialExecutor(manual, reported::add);
        List<Integer> ran = new ArrayList<>();
        serial.execute(() -> ran.add(1));
        serial.execute(() -> {
            throw new IllegalStateException("second");
        });
        serial.execute(() -> ran.add(3));

        manual.runAll();

        assertEquals(List.of(1, 3), ran);
        assertEquals(1, reported.size());
        assertEquals("second", reported.get(0).getMessage());
    }

    @Test
    void oneDrainAtATimeIsHandedToThePool() {
        ManualPool manual = new ManualPool();
        SerialExecutor serial = new SerialExecutor(manual, RETHROW_IN_TEST);
        List<Integer> ran = new ArrayList<>();

        serial.execute(() -> ran.add(1));
        serial.execute(() -> ran.add(2));
        serial.execute(() -> ran.add(3));
        assertEquals(1, manual.queued(), "tasks waiting for a pending drain do not schedule another");
        assertEquals(List.of(), ran, "nothing runs on the submitting thread");

        manual.runNext();
        assertEquals(List.of(1, 2, 3), ran);
        assertEquals(0, manual.queued(), "an emptied queue schedules nothing");

        serial.execute(() -> ran.add(4));
        assertEquals(1, manual.queued(), "a task after the drain finished schedules a new one");
        manual.runNext();
        assertEquals(List.of(1, 2, 3, 4), ran);
    }

    @Test
    void aTaskSubmittedByARunningTaskRunsInTheSameDrainAfterIt() {
        ManualPool manual = new ManualPool();
        SerialExecutor serial = new SerialExecutor(manual, RETHROW_IN_TEST);
        List<String> ran = new ArrayList<>();
        serial.execute(() -> {
            serial.execute(() -> ran.add("inner"));
            ran.add("outer");
        });

        manual.runNext();

        assertEquals(List.of("outer", "inner"), ran);
        assertEquals(0, manual.queued());
    }

    @Test
    void aTaskRunsHereOnlyWhenNothingOfTheExecutorIsQueuedOrRunning() {
        ManualPool manual = new ManualPool();
        SerialExecutor serial = new SerialExecutor(manual, RETHROW_IN_TEST);
        List<String> ran = new ArrayList<>();
        Thread caller = Thread.currentThread();

        assertTrue(serial.runHereIfIdle(() -> {
            ran.add(Thread.currentThread() == caller ? "here" : "elsewhere");
            serial.execute(() -> ran.add("queued by it"));
        }));
        assertEquals(List.of("here"), ran, "what it queues waits for the pool");
        assertEquals(1, manual.queued());

        assertFalse(serial.runHereIfIdle(() -> ran.add("overtaking")), "a drain is pending");
        manual.runNext();
        assertEquals(List.of("here", "queued by it"), ran);

        serial.execute(() -> assertFalse(serial.runHereIfIdle(() -> ran.add("inside")), "a task is running"));
        manual.runAll();
        assertEquals(List.of("here", "queued by it"), ran);
        assertTrue(serial.runHereIfIdle(() -> ran.add("idle again")));
        assertEquals(0, manual.queued());
    }

    @Test
    void aSlowTaskDelaysOnlyItsOwnExecutor() throws InterruptedException {
        SerialExecutor slow = new SerialExecutor(pool, RETHROW_IN_TEST);
        SerialExecutor other = new SerialExecutor(pool, RETHROW_IN_TEST);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        AtomicInteger slowSecondRan = new AtomicInteger();
        slow.execute(() -> {
            slowStarted.countDown();
            Latches.await(release);
        });
        slow.execute(slowSecondRan::incrementAndGet);
        assertTrue(slowStarted.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));

        other.execute(otherRan::countDown);

        assertTrue(otherRan.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, slowSecondRan.get(), "the slow executor's next task waits for the slow one");
        CountDownLatch slowDone = new CountDownLatch(1);
        slow.execute(slowDone::countDown);
        release.countDown();
        assertTrue(slowDone.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, slowSecondRan.get());
    }

    @Test
    void noTaskIsStrandedAfterABurstFromSeveralThreads() throws InterruptedException {
        int submitters = 6;
        int perSubmitter = 3000;
        for (int round = 0; round < 3; round++) {
            SerialExecutor serial = new SerialExecutor(pool, RETHROW_IN_TEST);
            CountDownLatch done = new CountDownLatch(submitters * perSubmitter);
            CountDownLatch start = new CountDownLatch(1);
            for (int s = 0; s < submitters; s++) {
                pool.execute(() -> {
                    Latches.await(start);
                    for (int i = 0; i < perSubmitter; i++) {
                        serial.execute(done::countDown);
                        if (i % 64 == 0) {
                            Thread.yield(); // let the drain empty the queue now and then
                        }
                    }
                });
            }
            start.countDown();
            assertTrue(done.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS),
                    "round " + round + ": " + done.getCount() + " tasks never ran");
        }
    }

    @Test
    void aTaskAddedJustAsTheDrainFinishesIsNotStranded() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "racing needs two cores");
        // Each task lets the submitter go, then spins 0..15 pauses (more each time, cyclically), so the
        // submitter's next task lands at moving points around the drain finding the queue empty
        // and stepping down: the window SerialExecutor's re-check closes. A busy-polling pool
        // thread makes each round take a microsecond, not a thread wake-up.
        SpinningPool spinning = new SpinningPool();
        try {
            SerialExecutor serial = new SerialExecutor(spinning, RETHROW_IN_TEST);
            AtomicInteger ran = new AtomicInteger();
            long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(Latches.HANG_GUARD_SECONDS);
            int tasks = 10_000;
            for (int i = 1; i <= tasks; i++) {
                int spins = i % 16;
                serial.execute(() -> {
                    ran.incrementAndGet();
                    for (int k = 0; k < spins; k++) {
                        Thread.onSpinWait();
                    }
                });
                while (ran.get() < i) {
                    if (System.nanoTime() > guard) {
                        throw new AssertionError("task " + i + " was stranded");
                    }
                    Thread.onSpinWait();
                }
            }
            assertEquals(tasks, ran.get());
        } finally {
            spinning.stop();
        }
    }

    /** One pool thread that polls without ever parking, so a hand-off takes well under a microsecond. */
    private static final class SpinningPool implements java.util.concurrent.Executor {
        private final Queue<Runnable> queue = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private volatile boolean stopped;
        private final Thread worker = new Thread(() -> {
            while (!stopped) {
                Runnable next = queue.poll();
                if (next != null) {
                    next.run();
                } else {
                    Thread.onSpinWait();
                }
            }
        }, "spinning-pool");

        SpinningPool() {
            worker.setDaemon(true);
            worker.start();
        }

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void stop() throws InterruptedException {
            stopped = true;
            worker.join(TimeUnit.SECONDS.toMillis(Latches.HANG_GUARD_SECONDS));
        }
    }

    /** A pool whose tasks run only when the test says so, on the test's thread. */
    private static final class ManualPool implements java.util.concurrent.Executor {
        private final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        int queued() {
            return queue.size();
        }

        void runNext() {
            Runnable next = queue.poll();
            assertTrue(next != null, "nothing was handed to the pool");
            next.run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                runNext();
            }
        }
    }
}
