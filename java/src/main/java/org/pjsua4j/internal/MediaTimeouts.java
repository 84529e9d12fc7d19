package org.pjsua4j.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The one rule for the timeouts pjsua4j keeps itself: media inactivity, wherever it is set (endpoint,
 * account, call), and an account's no-answer timeout.
 */
public final class MediaTimeouts {
    /** RTP comes every 20-30 ms; a pause shorter than a second is a network hiccup, not a vanished peer. */
    static final Duration MIN = Duration.ofSeconds(1);
    /** Beyond a day the guard no longer protects anything. */
    static final Duration MAX = Duration.ofDays(1);

    private MediaTimeouts() {
    }

    /**
     * @param name the setting, as the message names it
     * @param timeout the timeout
     * @return timeout
     * @throws IllegalArgumentException naming {@code name} unless zero (off) or within 1 s..1 day
     */
    public static Duration check(String name, Duration timeout) {
        Objects.requireNonNull(timeout, name);
        if (!timeout.isZero() && (timeout.compareTo(MIN) < 0 || timeout.compareTo(MAX) > 0)) {
            throw new IllegalArgumentException(name + " must be zero (off) or between 1 s and 1 day, not " + timeout);
        }
        return timeout;
    }
}
