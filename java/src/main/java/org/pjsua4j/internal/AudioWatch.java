package org.pjsua4j.internal;

import java.time.Duration;

/**
 * Tells, from successive received-packet counts of one call, how long its audio has not arrived, and
 * whether that silence was already reported (the warning) or acted on (the hangup).
 */
final class AudioWatch {
    private long packets = -1;
    private long since;
    private boolean warned;
    private boolean expired;

    /** The audio is not expected now (held, inactive, gone) or changed: the next count starts anew. */
    synchronized void reset() {
        packets = -1;
        warned = false;
        expired = false;
    }

    /**
     * @param rxPackets the call's received RTP packet count now
     * @return how long the count has not changed; zero when it just did
     */
    synchronized Duration silence(long rxPackets) {
        long now = System.nanoTime();
        if (rxPackets != packets) {
            packets = rxPackets;
            since = now;
            warned = false;
            expired = false;
            return Duration.ZERO;
        }
        return Duration.ofNanos(now - since);
    }

    /** @return true the first time in a silence that it reaches {@code timeout} (never if zero: off) */
    synchronized boolean warn(Duration silent, Duration timeout) {
        if (warned || !reached(silent, timeout)) {
            return false;
        }
        warned = true;
        return true;
    }

    /** @return true the first time in a silence that it reaches {@code timeout} (never if zero: off) */
    synchronized boolean expire(Duration silent, Duration timeout) {
        if (expired || !reached(silent, timeout)) {
            return false;
        }
        expired = true;
        return true;
    }

    private static boolean reached(Duration silent, Duration timeout) {
        return !timeout.isZero() && silent.compareTo(timeout) >= 0;
    }
}
