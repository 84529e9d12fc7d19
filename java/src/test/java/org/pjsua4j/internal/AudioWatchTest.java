package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * AudioWatch: a silence is reported once, when it reaches the timeout. Time is not faked: a zero
 * timeout is always reached by the second sample, a day-long one never within a test.
 */
class AudioWatchTest {
    private static final Duration DAY = Duration.ofDays(1);
    private final AudioWatch watch = new AudioWatch();

    @Test
    void theFirstSampleOnlyStartsTheWatch() {
        assertNull(watch.silentFor(0, Duration.ZERO));
        assertNull(new AudioWatch().silentFor(42, Duration.ZERO));
    }

    @Test
    void anUnchangedCountIsReportedOncePerSilence() {
        watch.silentFor(5, Duration.ZERO);
        Duration silent = watch.silentFor(5, Duration.ZERO);
        assertNotNull(silent);
        assertFalse(silent.isNegative(), silent.toString());
        assertNull(watch.silentFor(5, Duration.ZERO), "already reported");
        assertNull(watch.silentFor(5, Duration.ZERO));
    }

    @Test
    void silenceShorterThanTheTimeoutIsNotReported() {
        watch.silentFor(5, DAY);
        assertNull(watch.silentFor(5, DAY));
        assertNull(watch.silentFor(5, DAY));
        assertNotNull(watch.silentFor(5, Duration.ZERO), "not reported yet: a shorter timeout reports it");
    }

    @Test
    void newPacketsEndTheSilenceAndANewOneIsReportedAgain() {
        watch.silentFor(5, Duration.ZERO);
        assertNotNull(watch.silentFor(5, Duration.ZERO));

        assertNull(watch.silentFor(6, Duration.ZERO), "packets arrived");
        assertNotNull(watch.silentFor(6, Duration.ZERO), "a new silence");
        assertNull(watch.silentFor(6, Duration.ZERO));
    }

    @Test
    void aCountThatGoesDownIsAChangeToo() {
        watch.silentFor(100, Duration.ZERO);
        assertNull(watch.silentFor(0, Duration.ZERO), "a new stream starts counting from zero");
        assertNotNull(watch.silentFor(0, Duration.ZERO));
    }

    @Test
    void resetStartsOverWithTheNextSample() {
        watch.silentFor(5, Duration.ZERO);
        assertNotNull(watch.silentFor(5, Duration.ZERO));

        watch.reset();
        assertNull(watch.silentFor(5, Duration.ZERO), "the first sample after a reset only starts the watch");
        assertNotNull(watch.silentFor(5, Duration.ZERO), "the report is due again");
    }

    @Test
    void resetBeforeAReportRestartsTheSilence() {
        watch.silentFor(5, DAY);
        assertNull(watch.silentFor(5, DAY));
        watch.reset();
        assertNull(watch.silentFor(5, Duration.ZERO), "after the reset this is a first sample");
    }
}
