package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** SharedHandle: no use after close, and the release runs exactly once, by whoever finishes last. */
class SharedHandleTest {
    private final AtomicInteger releases = new AtomicInteger();
    private final SharedHandle handle = new SharedHandle(releases::incrementAndGet);

    @Test
    void useRunsAndReturnsItsValueWhileOpen() {
        assertEquals("ran", handle.use(() -> "ran", "closed"));
        assertEquals("ran", handle.use(() -> "ran", "closed"));
        assertFalse(handle.isClosed());
        assertEquals(0, releases.get());
    }

    @Test
    void closeWithoutUsersReleasesAtOnceAndOnlyTheFirstCloseCounts() {
        assertTrue(handle.close());
        assertTrue(handle.isClosed());
        assertEquals(1, releases.get());

        assertFalse(handle.close(), "already closed");
        assertFalse(handle.close());
        assertEquals(1, releases.get());
    }

    @Test
    void useAfterCloseReturnsIfClosedWithoutRunning() {
        handle.close();
        AtomicBoolean ran = new AtomicBoolean();
        Object ifClosed = new Object();

        assertSame(ifClosed, handle.use(() -> {
            ran.set(true);
            return new Object();
        }, ifClosed));
        assertFalse(ran.get());
        assertEquals(1, releases.get(), "a refused use releases nothing again");
    }

    @Test
    void closeInsideAUseLeavesTheReleaseToTheUser() {
        String result = handle.use(() -> {
            assertTrue(handle.close());
            assertTrue(handle.isClosed());
            assertEquals(0, releases.get(), "still in use");
            assertEquals("refused", handle.use(() -> "nested use ran", "refused"), "no new use after close");
            return "finished";
        }, "closed");

        assertEquals("finished", result);
        assertEquals(1, releases.get(), "the last user released it");
    }

    @Test
    void onlyTheLastOfSeveralUsersReleases() {
        handle.use(() -> handle.use(() -> {
            handle.close();
            return null;
        }, null), null);
        assertEquals(1, releases.get());

        SharedHandle other = new SharedHandle(releases::incrementAndGet);
        other.use(() -> {
            other.use(() -> {
                other.close();
                return null;
            }, null);
            assertEquals(1, releases.get(), "the inner user finished, the outer one still uses it");
            return null;
        }, null);
        assertEquals(2, releases.get());
    }

    @Test
    void aUserOnAnotherThreadThatFinishesLastReleases() throws Exception {
        AtomicReference<Thread> releasedOn = new AtomicReference<>();
        SharedHandle h = new SharedHandle(() -> {
            releasedOn.set(Thread.currentThread());
            releases.incrementAndGet();
        });
        CountDownLatch inUse = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService user = Executors.newSingleThreadExecutor();
        try {
            Future<Thread> userThread = user.submit(() -> h.use(() -> {
                inUse.countDown();
                Latches.await(closed);
                return Thread.currentThread();
            }, null));
            Latches.await(inUse);

            assertTrue(h.close());
            assertEquals(0, releases.get(), "the user has not finished");
            closed.countDown();

            Thread t = userThread.get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, releases.get());
            assertSame(t, releasedOn.get(), "released by the user, the last to finish");
        } finally {
            user.shutdownNow();
        }
    }

    @Test
    void aCloserOnAnotherThreadThatFinishesLastReleases() throws Exception {
        AtomicReference<Thread> releasedOn = new AtomicReference<>();
        SharedHandle h = new SharedHandle(() -> {
            releasedOn.set(Thread.currentThread());
            releases.incrementAndGet();
        });
        ExecutorService user = Executors.newSingleThreadExecutor();
        try {
            assertEquals("used", user.submit(() -> h.use(() -> "used", "closed"))
                    .get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS));
            assertEquals(0, releases.get());

            assertTrue(h.close());
            assertEquals(1, releases.get());
            assertSame(Thread.currentThread(), releasedOn.get(), "released by the closer, the last to finish");
        } finally {
            user.shutdownNow();
        }
    }

    @Test
    void aThrowingUseStillCountsAsFinished() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(boom, assertThrows(IllegalStateException.class, () -> handle.use(() -> {
            handle.close();
            throw boom;
        }, null)));
        assertEquals(1, releases.get(), "released when the throwing user left");
    }

    @Test
    void concurrentUsesAndClosesReleaseOnceAndNeverBeforeAUseEnds() throws Exception {
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 200; round++) {
                AtomicInteger roundReleases = new AtomicInteger();
                AtomicBoolean released = new AtomicBoolean();
                AtomicInteger usedAfterRelease = new AtomicInteger();
                AtomicInteger firstClosers = new AtomicInteger();
                SharedHandle h = new SharedHandle(() -> {
                    released.set(true);
                    roundReleases.incrementAndGet();
                });
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    boolean closer = t % 3 == 0; // two closers race each other and four users
                    workers.add(pool.submit(() -> {
                        start.await(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                        for (int i = 0; i < 200; i++) {
                            h.use(() -> {
                                if (released.get()) {
                                    usedAfterRelease.incrementAndGet();
                                }
                                return null;
                            }, null);
                            if (closer && i == 50 && h.close()) {
                                firstClosers.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> w : workers) {
                    w.get(Latches.HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                }
                assertEquals(1, roundReleases.get(), "round " + round);
                assertEquals(1, firstClosers.get(), "round " + round);
                assertEquals(0, usedAfterRelease.get(), "round " + round);
                assertTrue(h.isClosed());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
