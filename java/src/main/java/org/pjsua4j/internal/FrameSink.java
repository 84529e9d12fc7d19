package org.pjsua4j.internal;

import java.time.Duration;
import java.util.Objects;
import org.pjsua4j.AudioFrame;
import org.pjsua4j.AudioFrameListener;
import org.pjsua4j.AudioSink;
import org.pjsua4j.PcmFormat;
import org.pjsua4j.raw.pj4j_frame_info;
import org.pjsua4j.raw.pjsua;

/** A pj4j frame port fed by one call's conference port: the call's audio as frames. */
final class FrameSink extends FrameAttachment implements AudioSink {
    private static final ListenerErrors ERRORS = ListenerErrors.logging();
    /** Reused for every read, like the frame, so reading allocates nothing; guarded by this. */
    private final pj4j_frame_info info = new pj4j_frame_info();
    private final ReusedFrame frame;
    private final boolean delivered;

    private FrameSink(EndpointCore core, RealCall call, FramePort port, boolean delivered) {
        super(core, call, port);
        this.frame = new ReusedFrame(port);
        this.delivered = delivered;
    }

    /** Under the endpoint's lock. */
    static FrameSink open(EndpointCore core, RealCall call, PcmFormat format, int bufferFrames,
            AudioFrameListener listener) {
        Objects.requireNonNull(format, "Call.openAudioSink: format");
        FramePort port = FramePort.create("Call.openAudioSink", pjsua.PJ4J_FRAME_SINK, format, bufferFrames);
        FrameSink sink;
        try {
            sink = new FrameSink(core, call, port, listener != null);
        } catch (RuntimeException e) {
            port.destroy();
            throw e;
        }
        started(sink);
        if (listener != null) {
            Thread t = new Thread(() -> sink.deliver(listener), "pjsua4j-audio-sink-" + call.id());
            t.setDaemon(true);
            t.start();
        }
        return sink;
    }

    @Override
    void attach(RealCall call, int callPort) {
        pjsua.pjsua_conf_connect(callPort, port.confPort());
    }

    @Override
    public AudioFrame read(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "AudioSink.read: timeout");
        if (delivered) {
            throw new IllegalStateException("AudioSink.read: this sink's frames go to its listener");
        }
        return next(FramePort.slices(timeout, "AudioSink.read"));
    }

    /** The next frame, or null after waitMs; one reader at a time. */
    private synchronized AudioFrame next(long waitMs) throws InterruptedException {
        long remaining = waitMs;
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException("AudioSink.read");
            }
            long slice = FramePort.slice(remaining);
            int status = pjsua.PJ_ECANCELLED;
            if (enterNative()) {
                try {
                    status = pjsua.pj4j_frame_port_read(port.handle, port.buffer, slice, info);
                } finally {
                    exitNative();
                }
            }
            if (status == pjsua.PJ_SUCCESS) {
                return frame.fill(info.getSeq(), info.getTimestamp(), info.getClock_ns(),
                        (info.getFlags() & pjsua.PJ4J_FRAME_SILENT) != 0);
            }
            if (status == pjsua.PJ_ECANCELLED || !isOpen()) {
                throw new IllegalStateException("AudioSink.read: the sink is closed");
            }
            if (status != pjsua.PJ_ETIMEDOUT) {
                throw new IllegalStateException("AudioSink.read: pj4j_frame_port_read returned " + status);
            }
            if (remaining != Long.MAX_VALUE) {
                remaining -= slice;
            }
            if (remaining <= 0) {
                return null;
            }
        }
    }

    /** The listener's thread: until the sink closes. */
    private void deliver(AudioFrameListener listener) {
        while (true) {
            AudioFrame f;
            try {
                f = next(Long.MAX_VALUE);
            } catch (IllegalStateException | InterruptedException closed) {
                return;
            }
            try {
                listener.onFrame(f);
            } catch (RuntimeException | Error e) {
                ERRORS.report(e);
            }
        }
    }

    @Override
    public long receivedFrames() {
        return counter(0);
    }

    @Override
    public long droppedFrames() {
        return counter(1);
    }

    @Override
    public int queuedFrames() {
        return (int) counter(3);
    }

    @Override
    String describe() {
        return "sink " + super.describe();
    }

    @Override
    public void close() {
        stopFrames("AudioSink.close");
    }
}
