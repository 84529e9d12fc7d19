package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * AudioWatch: a silence is measured from the last change of the count; the warning and the expiry are
 * each reported once per silence, when it reaches their timeout. Time is not faked: a nanosecond
 * timeout is reached by the second sample, a day-long one never within a test.
 */
class AudioWatchTest {
    private static final Duration NOW = Duration.ofNanos(1);
    private static final Duration DAY = Duration.ofDays(1);
    private final AudioWatch watch = new AudioWatch();

    /** A second sample of an unchanged count, after a moment. */
    private Duration stillSilent(long packets) throws InterruptedException {
        Thread.sleep(1);
        return watch.silence(packets);
    }

    @Test
    void theFirstSampleOnlyStartsTheWatch() {
        assertEquals(Duration.ZERO, watch.silence(0));
        assertFalse(watch.warn(Duration.ZERO, NOW));
        assertFalse(watch.expire(Duration.ZERO, NOW));
    }

    @Test
    void anUnchangedCountIsSilenceThatGrows() throws InterruptedException {
        watch.silence(5);
        Duration first = stillSilent(5);
        Duration second = stillSilent(5);
        assertTrue(first.compareTo(Duration.ZERO) > 0, first.toString());
        assertTrue(second.compareTo(first) > 0, first + " then " + second);
    }

    @Test
    void warningAndExpiryAreReportedOncePerSilence() throws InterruptedException {
        watch.silence(5);
        Duration silent = stillSilent(5);
        assertTrue(watch.warn(silent, NOW));
        assertFalse(watch.warn(stillSilent(5), NOW), "already warned");
        assertTrue(watch.expire(silent, NOW), "the expiry is reported on its own");
        assertFalse(watch.expire(stillSilent(5), NOW), "already expired");
    }

    @Test
    void silenceShorterThanTheTimeoutIsNotReported() throws InterruptedException {
        watch.silence(5);
        Duration silent = stillSilent(5);
        assertFalse(watch.warn(silent, DAY));
        assertFalse(watch.expire(silent, DAY));
        assertTrue(watch.warn(silent, NOW), "not reported yet: a shorter timeout reports it");
    }

    @Test
    void aZeroTimeoutIsOff() throws InterruptedException {
        watch.silence(5);
        Duration silent = stillSilent(5);
        assertFalse(watch.warn(silent, Duration.ZERO));
        assertFalse(watch.expire(silent, Duration.ZERO));
    }

    @Test
    void newPacketsEndTheSilenceAndANewOneIsReportedAgain() throws InterruptedException {
        watch.silence(5);
        assertTrue(watch.warn(stillSilent(5), NOW));
        assertTrue(watch.expire(stillSilent(5), NOW));

        assertEquals(Duration.ZERO, watch.silence(6), "packets arrived");
        Duration silent = stillSilent(6);
        assertTrue(watch.warn(silent, NOW), "a new silence");
        assertTrue(watch.expire(silent, NOW));
    }

    @Test
    void aCountThatGoesDownIsAChangeToo() throws InterruptedException {
        watch.silence(100);
        stillSilent(100);
        assertEquals(Duration.ZERO, watch.silence(0), "a new stream starts counting from zero");
    }

    @Test
    void resetStartsOverWithTheNextSample() throws InterruptedException {
        watch.silence(5);
        Duration silent = stillSilent(5);
        assertTrue(watch.warn(silent, NOW));
        assertTrue(watch.expire(silent, NOW));

        watch.reset();
        assertEquals(Duration.ZERO, watch.silence(5), "the first sample after a reset only starts the watch");
        silent = stillSilent(5);
        assertTrue(watch.warn(silent, NOW), "the warning is due again");
        assertTrue(watch.expire(silent, NOW), "and so is the expiry");
    }

    @Test
    void resetBeforeAReportRestartsTheSilence() throws InterruptedException {
        watch.silence(5);
        stillSilent(5);
        watch.reset();
        assertEquals(Duration.ZERO, watch.silence(5), "after the reset this is a first sample");
    }
}
