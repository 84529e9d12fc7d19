package org.pjsua4j.internal;

import java.time.Duration;
import java.util.Objects;

/** The durations pjmedia's tone generator takes, for tones and in-band DTMF digits alike. */
public final class ToneDurations {
    /** The longest part of a tone pjmedia's tone generator takes (it counts milliseconds in a short). */
    public static final Duration MAX = Duration.ofMillis(Short.MAX_VALUE);

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
        if (on.compareTo(Duration.ofMillis(1)) < 0 || on.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("tone on-time must be 1 ms.." + MAX.toMillis() + " ms, not " + on);
        }
        if (off.isNegative() || off.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("tone off-time must be 0.." + MAX.toMillis() + " ms, not " + off);
        }
    }
}
