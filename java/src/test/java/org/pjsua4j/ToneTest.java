package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tone: frequencies and durations are checked against what pjmedia's tone generator takes. */
class ToneTest {
    private static final Duration MS = Duration.ofMillis(1);
    private static final Duration ON = Duration.ofMillis(100);

    @Test
    void maxDurationIsWhatAShortCountsInMilliseconds() {
        assertEquals(Duration.ofMillis(32767), Tone.MAX_DURATION);
    }

    @Test
    void firstFrequencyIsOneToShortMax() {
        assertDoesNotThrow(() -> new Tone(1, 0, ON, Duration.ZERO));
        assertDoesNotThrow(() -> new Tone(32767, 0, ON, Duration.ZERO));
        assertRefused("frequency1", () -> new Tone(0, 0, ON, Duration.ZERO));
        assertRefused("frequency1", () -> new Tone(-440, 0, ON, Duration.ZERO));
        assertRefused("frequency1", () -> new Tone(32768, 0, ON, Duration.ZERO));
    }

    @Test
    void secondFrequencyIsZeroForNoneOrUpToShortMax() {
        assertDoesNotThrow(() -> new Tone(440, 0, ON, Duration.ZERO));
        assertDoesNotThrow(() -> new Tone(440, 32767, ON, Duration.ZERO));
        assertRefused("frequency2", () -> new Tone(440, -1, ON, Duration.ZERO));
        assertRefused("frequency2", () -> new Tone(440, 32768, ON, Duration.ZERO));
    }

    @Test
    void onTimeIsOneMillisecondToMaxDuration() {
        assertDoesNotThrow(() -> new Tone(440, 0, MS, Duration.ZERO));
        assertDoesNotThrow(() -> new Tone(440, 0, Tone.MAX_DURATION, Duration.ZERO));
        assertRefused("on-time", () -> new Tone(440, 0, Duration.ZERO, Duration.ZERO));
        assertRefused("on-time", () -> new Tone(440, 0, Duration.ofNanos(999_999), Duration.ZERO));
        assertRefused("on-time", () -> new Tone(440, 0, MS.negated(), Duration.ZERO));
        assertRefused("on-time", () -> new Tone(440, 0, Tone.MAX_DURATION.plus(MS), Duration.ZERO));
        assertRefused("on-time", () -> new Tone(440, 0, Tone.MAX_DURATION.plusNanos(1), Duration.ZERO));
    }

    @Test
    void offTimeIsZeroToMaxDuration() {
        assertDoesNotThrow(() -> new Tone(440, 0, ON, Duration.ZERO));
        assertDoesNotThrow(() -> new Tone(440, 0, ON, Tone.MAX_DURATION));
        assertRefused("off-time", () -> new Tone(440, 0, ON, MS.negated()));
        assertRefused("off-time", () -> new Tone(440, 0, ON, Duration.ofNanos(-1)));
        assertRefused("off-time", () -> new Tone(440, 0, ON, Tone.MAX_DURATION.plus(MS)));
    }

    @Test
    void nullDurationsAreNamed() {
        assertEquals("on", assertThrows(NullPointerException.class, () -> new Tone(440, 0, null, ON)).getMessage());
        assertEquals("off", assertThrows(NullPointerException.class, () -> new Tone(440, 0, ON, null)).getMessage());
    }

    @Test
    void ofIsOneFrequencyWithoutPause() {
        assertEquals(new Tone(1000, 0, ON, Duration.ZERO), Tone.of(1000, ON));
        assertRefused("frequency1", () -> Tone.of(0, ON));
        assertRefused("on-time", () -> Tone.of(1000, Duration.ZERO));
    }

    @Test
    void dualMixesTwoFrequencies() {
        Tone ringback = Tone.dual(440, 480, Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertEquals(new Tone(440, 480, Duration.ofSeconds(2), Duration.ofSeconds(4)), ringback);
        assertRefused("frequency2", () -> Tone.dual(440, 40_000, ON, ON));
    }

    private static void assertRefused(String naming, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(naming), e.getMessage());
    }
}
