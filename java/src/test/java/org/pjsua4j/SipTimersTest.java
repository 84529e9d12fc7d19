package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** EndpointConfig.SipTimers: positive, t1 the shortest, each fitting pjsip's int milliseconds. */
class SipTimersTest {
    private static final Duration T1 = Duration.ofMillis(500);
    private static final Duration T2 = Duration.ofSeconds(4);
    private static final Duration TIMEOUT = Duration.ofSeconds(32);

    private static EndpointConfig.SipTimers timers(Duration t1, Duration t2, Duration timeout) {
        return new EndpointConfig.SipTimers(t1, t2, timeout);
    }

    @Test
    void defaultIsPjsipsDefault() {
        assertEquals(timers(T1, T2, TIMEOUT), EndpointConfig.SipTimers.DEFAULT);
    }

    @Test
    void everyTimerMustBePositive() {
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), Duration.ofSeconds(-10)}) {
            assertRefused("t1", () -> timers(bad, T2, TIMEOUT));
            assertRefused("t2", () -> timers(T1, bad, TIMEOUT));
            assertRefused("transactionTimeout", () -> timers(T1, T2, bad));
        }
    }

    @Test
    void everyTimerMustFitAnIntOfMilliseconds() {
        Duration most = Duration.ofMillis(Integer.MAX_VALUE);
        Duration tooLong = most.plusMillis(1);
        assertDoesNotThrow(() -> timers(T1, most, most));
        assertRefused("t2", () -> timers(T1, tooLong, TIMEOUT));
        assertRefused("transactionTimeout", () -> timers(T1, T2, tooLong));
        assertRefused("t1", () -> timers(tooLong, tooLong, tooLong));
    }

    @Test
    void nullTimersAreNamed() {
        assertEquals("t1", assertThrows(NullPointerException.class, () -> timers(null, T2, TIMEOUT)).getMessage());
        assertEquals("t2", assertThrows(NullPointerException.class, () -> timers(T1, null, TIMEOUT)).getMessage());
        assertEquals("transactionTimeout",
                assertThrows(NullPointerException.class, () -> timers(T1, T2, null)).getMessage());
    }

    @Test
    void t1IsNoLongerThanT2NorTheTimeout() {
        assertDoesNotThrow(() -> timers(T1, T1, T1), "equal is fine");
        assertDoesNotThrow(() -> timers(T1, TIMEOUT, T2), "t2 may exceed the timeout");
        assertRefused("t1 <= t2", () -> timers(T2, T1, TIMEOUT));
        assertRefused("t1 <= transactionTimeout", () -> timers(T2, TIMEOUT, T1));
    }

    @Test
    void fastTimersForTestsAreAccepted() {
        EndpointConfig.SipTimers fast = timers(Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMillis(640));
        assertEquals(Duration.ofMillis(10), fast.t1());
        assertEquals(Duration.ofMillis(40), fast.t2());
        assertEquals(Duration.ofMillis(640), fast.transactionTimeout());
    }

    private static void assertRefused(String naming, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(naming), e.getMessage());
    }

    @Test
    void aTimerUnderAMillisecondIsRefused() {
        // pjsip takes whole milliseconds and reads 0 as "keep the old value", which is process-wide.
        assertThrows(IllegalArgumentException.class, () -> new EndpointConfig.SipTimers(Duration.ofNanos(500_000),
                Duration.ofSeconds(4), Duration.ofSeconds(32)));
    }
}
