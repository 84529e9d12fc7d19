package org.pjsua4j.internal;

import java.nio.ByteBuffer;
import org.pjsua4j.AudioFrame;
import org.pjsua4j.PcmFormat;

/** The one frame a sink hands out again and again, over its port's buffer. */
final class ReusedFrame implements AudioFrame {
    private final ByteBuffer view;
    private final PcmFormat format;
    private long sequence;
    private long timestamp;
    private long deliveredNanos;
    private boolean silent;

    ReusedFrame(FramePort port) {
        this.view = port.buffer.asReadOnlyBuffer().order(port.buffer.order());
        this.format = port.format;
    }

    ReusedFrame fill(long sequence, long timestamp, long deliveredNanos, boolean silent) {
        this.sequence = sequence;
        this.timestamp = timestamp;
        this.deliveredNanos = deliveredNanos;
        this.silent = silent;
        view.clear();
        return this;
    }

    @Override
    public ByteBuffer samples() {
        return view;
    }

    @Override
    public long sequence() {
        return sequence;
    }

    @Override
    public long timestamp() {
        return timestamp;
    }

    @Override
    public long deliveredNanos() {
        return deliveredNanos;
    }

    @Override
    public boolean silent() {
        return silent;
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public String toString() {
        return "AudioFrame[" + sequence + (silent ? ", silent" : "") + "]";
    }
}
