package org.pjsua4j;

import java.nio.ByteBuffer;

/**
 * One frame of a call's audio, as an {@link AudioSink} delivers it. A sink reuses one frame object
 * and its buffer for every frame, so nothing is allocated per frame: a frame is valid until the
 * sink's next {@link AudioSink#read read} (or, for a listener, until {@link AudioFrameListener#onFrame}
 * returns). Copy what you keep.
 */
public interface AudioFrame {
    /**
     * @return the samples, {@link PcmFormat#bytesPerFrame()} bytes from position 0: signed 16-bit
     *         little-endian (the buffer's order), read-only
     */
    ByteBuffer samples();

    /**
     * @return the frame's number: one per conference bridge tick since the sink was opened, so a gap
     *         between two frames is the number of frames dropped in between
     */
    long sequence();

    /** @return the position of the frame's first sample, in samples since the sink was opened */
    long timestamp();

    /**
     * @return when the conference bridge delivered the frame to the sink, on the clock of
     *         {@link System#nanoTime()}: the frame's age is {@code System.nanoTime() - deliveredNanos()}
     */
    long deliveredNanos();

    /**
     * @return true if the bridge had no audio for the sink in this tick (nothing connected, the peer
     *         silent or on hold); the samples are zeros then
     */
    boolean silent();

    /** @return the frame's format, the sink's */
    PcmFormat format();
}
