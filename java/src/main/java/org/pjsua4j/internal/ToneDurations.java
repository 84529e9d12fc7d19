package org.pjsua4j.internal;

import java.time.Duration;
import java.util.Objects;
import org.pjsua4j.Tone;

/** The durations pjmedia's tone generator takes, for tones and in-band DTMF digits alike. */
public final class ToneDurations {
    private ToneDurations() {
    }

    /**
     * @param on how long a tone or digit sounds
     * @param off the silence after it
     * @throws IllegalArgumentException naming the duration out of range
     */
    public static void check(Duration on, Duration off) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(off, "off");
        if (on.toMillis() < 1 || on.compareTo(Tone.MAX_DURATION) > 0) {
            throw new IllegalArgumentException("tone on-time must be 1 ms.." + Tone.MAX_DURATION.toMillis() + " ms, not " + on);
        }
        if (off.isNegative() || off.compareTo(Tone.MAX_DURATION) > 0) {
            throw new IllegalArgumentException("tone off-time must be 0.." + Tone.MAX_DURATION.toMillis() + " ms, not " + off);
        }
    }
}
