package org.pjsua4j.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import org.pjsua4j.PcmFormat;
import org.pjsua4j.raw.SWIGTYPE_p_pj4j_frame_port;
import org.pjsua4j.raw.pj4j_frame_stats;
import org.pjsua4j.raw.pjsua;

/**
 * One pj4j frame port and what its Java side reuses: the direct buffer frames cross in. Waits are
 * cut into short slices, so an interrupt of the waiting thread is seen and a closing attachment
 * never waits long for a reader or writer to leave the native object.
 */
final class FramePort {
    static final int MAX_BUFFER_FRAMES = pjsua.PJ4J_FRAME_MAX_CAPACITY;
    private static final long SLICE_MS = 50;
    /** Waits this long or longer are waits without end (and cannot overflow a long of milliseconds). */
    private static final long MAX_FINITE_WAIT_S = 86_400;

    final SWIGTYPE_p_pj4j_frame_port handle;
    final PcmFormat format;
    final ByteBuffer buffer;

    private FramePort(SWIGTYPE_p_pj4j_frame_port handle, PcmFormat format) {
        this.handle = handle;
        this.format = format;
        this.buffer = ByteBuffer.allocateDirect(format.bytesPerFrame()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Under the endpoint's lock. */
    static FramePort create(String operation, int direction, PcmFormat format, int bufferFrames) {
        if (bufferFrames < 1 || bufferFrames > MAX_BUFFER_FRAMES) {
            throw new IllegalArgumentException(operation + ": bufferFrames must be 1.." + MAX_BUFFER_FRAMES + ", not " + bufferFrames);
        }
        return new FramePort(pjsua.pj4j_frame_port_create(direction, format.clockRate(), format.frameMillis(), bufferFrames),
                format);
    }

    int confPort() {
        return pjsua.pj4j_frame_port_get_conf_port(handle);
    }

    /** The millisecond slices to wait, at least one (zero: do not wait). */
    static long slices(Duration timeout, String operation) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException(operation + ": timeout must not be negative, not " + timeout);
        }
        // Compared in seconds: a Duration made for the comparison would be an allocation per frame.
        return timeout.getSeconds() >= MAX_FINITE_WAIT_S ? Long.MAX_VALUE : timeout.toMillis();
    }

    static long slice(long remainingMs) {
        return Math.min(remainingMs, SLICE_MS);
    }

    long[] counters() {
        try (pj4j_frame_stats stats = new pj4j_frame_stats()) {
            pjsua.pj4j_frame_port_get_stats(handle, stats);
            return new long[] {stats.getFrames(), stats.getDropped(), stats.getSilent(), stats.getQueued()};
        }
    }

    void destroy() {
        pjsua.pj4j_frame_port_interrupt(handle);
        pjsua.pj4j_frame_port_destroy(handle);
    }
}
