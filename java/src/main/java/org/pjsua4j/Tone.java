package org.pjsua4j;

import java.time.Duration;
import org.pjsua4j.internal.ToneDurations;

/**
 * One tone for {@link Call#playTones}: a frequency, or two mixed (as in DTMF and most call-progress
 * tones), sounding for {@code on} and followed by {@code off} of silence. A tone with a pause fades
 * in and out; one without sounds steadily, so repeating it in a loop makes a continuous tone.
 *
 * @param frequency1 Hz, at least 1
 * @param frequency2 Hz mixed with the first, or 0 for a single frequency
 * @param on how long it sounds: 1 ms to {@link #MAX_DURATION}
 * @param off the silence after it: 0 to {@link #MAX_DURATION}
 */
public record Tone(int frequency1, int frequency2, Duration on, Duration off) {
    /** The longest part of a tone pjmedia's tone generator takes (it counts milliseconds in a short). */
    public static final Duration MAX_DURATION = ToneDurations.MAX;

    /**
     * @throws IllegalArgumentException naming the frequency or duration out of range
     */
    public Tone {
        ToneDurations.check(on, off);
        if (frequency1 < 1 || frequency1 > Short.MAX_VALUE) {
            throw new IllegalArgumentException("tone frequency1 must be 1.." + Short.MAX_VALUE + " Hz, not " + frequency1);
        }
        if (frequency2 < 0 || frequency2 > Short.MAX_VALUE) {
            throw new IllegalArgumentException("tone frequency2 must be 0 (none) or up to " + Short.MAX_VALUE
                    + " Hz, not " + frequency2);
        }
    }

    /** A single frequency without a pause. */
    public static Tone of(int frequency, Duration on) {
        return new Tone(frequency, 0, on, Duration.ZERO);
    }

    /** Two frequencies mixed, e.g. {@code dual(440, 480, 2 s, 4 s)} for North American ringback. */
    public static Tone dual(int frequency1, int frequency2, Duration on, Duration off) {
        return new Tone(frequency1, frequency2, on, off);
    }
}
