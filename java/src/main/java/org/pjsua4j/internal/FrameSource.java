package org.pjsua4j.internal;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import org.pjsua4j.AudioSource;
import org.pjsua4j.PcmFormat;
import org.pjsua4j.raw.pjsua;

/** A pj4j frame port feeding one call's conference port: frames the application writes. */
final class FrameSource extends FrameAttachment implements AudioSource {
    private FrameSource(EndpointCore core, RealCall call, FramePort port) {
        super(core, call, port);
    }

    /** Under the endpoint's lock. */
    static FrameSource open(EndpointCore core, RealCall call, PcmFormat format, int bufferFrames) {
        Objects.requireNonNull(format, "Call.openAudioSource: format");
        FramePort port = FramePort.create("Call.openAudioSource", pjsua.PJ4J_FRAME_SOURCE, format, bufferFrames);
        return started(new FrameSource(core, call, port));
    }

    @Override
    void attach(RealCall call, int callPort) {
        pjsua.pjsua_conf_connect(port.confPort(), callPort);
    }

    @Override
    public boolean write(ByteBuffer frame, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "AudioSource.write: timeout");
        return put("AudioSource.write", frame, FramePort.slices(timeout, "AudioSource.write"));
    }

    @Override
    public boolean offer(ByteBuffer frame) {
        try {
            return put("AudioSource.offer", frame, 0);
        } catch (InterruptedException e) {
            // put waits only when given time to wait; keep the flag for the caller.
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One writer at a time: the port's ring has a single writer side. */
    private synchronized boolean put(String operation, ByteBuffer frame, long waitMs) throws InterruptedException {
        if (frame == null) {
            // Not requireNonNull(frame, operation + ...): that would build the message on every frame.
            throw new NullPointerException(operation + ": frame");
        }
        int bytes = port.format.bytesPerFrame();
        if (frame.remaining() != bytes) {
            throw new IllegalArgumentException(operation + ": a frame of " + port.format + " is " + bytes
                    + " bytes, not " + frame.remaining());
        }
        ByteBuffer staging = port.buffer;
        staging.put(0, frame, frame.position(), bytes);
        long remaining = waitMs;
        while (true) {
            if (waitMs > 0 && Thread.interrupted()) {
                throw new InterruptedException(operation);
            }
            long slice = FramePort.slice(remaining);
            int status = pjsua.PJ_ECANCELLED;
            if (enterNative()) {
                try {
                    status = pjsua.pj4j_frame_port_write(port.handle, staging, slice);
                } finally {
                    exitNative();
                }
            }
            if (status == pjsua.PJ_SUCCESS) {
                frame.position(frame.position() + bytes);
                return true;
            }
            if (status == pjsua.PJ_ECANCELLED || !isOpen()) {
                throw new IllegalStateException(operation + ": the source is closed");
            }
            if (status != pjsua.PJ_ETOOMANY) {
                throw new IllegalStateException(operation + ": pj4j_frame_port_write returned " + status);
            }
            if (remaining != Long.MAX_VALUE) {
                remaining -= slice;
            }
            if (remaining <= 0) {
                return false;
            }
        }
    }

    @Override
    public void flush() {
        if (!useNative(() -> {
            pjsua.pj4j_frame_port_flush(port.handle);
            return true;
        }, false)) {
            throw new IllegalStateException("AudioSource.flush: the source is closed");
        }
    }

    @Override
    public long sentFrames() {
        return counter(0);
    }

    @Override
    public long silentFrames() {
        return counter(2);
    }

    @Override
    public int queuedFrames() {
        return (int) counter(3);
    }

    @Override
    String describe() {
        return "source " + super.describe();
    }

    @Override
    public void close() {
        stopFrames("AudioSource.close");
    }
}
