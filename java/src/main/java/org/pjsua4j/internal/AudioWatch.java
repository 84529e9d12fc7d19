package org.pjsua4j.internal;

import java.time.Duration;

/** Tells, from successive received-packet counts of one call, when its audio has stopped arriving. */
final class AudioWatch {
    private long packets = -1;
    private long since;
    private boolean reported;

    synchronized void reset() {
        packets = -1;
        reported = false;
    }

    /**
     * @param rxPackets the call's received RTP packet count now
     * @return how long nothing has arrived, the first time that reaches {@code timeout} in a silence;
     *         otherwise null
     */
    synchronized Duration silentFor(long rxPackets, Duration timeout) {
        long now = System.nanoTime();
        if (rxPackets != packets) {
            packets = rxPackets;
            since = now;
            reported = false;
            return null;
        }
        Duration silent = Duration.ofNanos(now - since);
        if (reported || silent.compareTo(timeout) < 0) {
            return null;
        }
        reported = true;
        return silent;
    }
}
