package org.pjsua4j.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits in tests that must not hang: a latch that is not released in time fails the test. */
final class Latches {
    /** Only a guard against a hang; every test finishes in milliseconds. */
    static final long HANG_GUARD_SECONDS = 10;

    private Latches() {
    }

    /** Usable inside lambdas: failure and interrupt become AssertionError. */
    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
