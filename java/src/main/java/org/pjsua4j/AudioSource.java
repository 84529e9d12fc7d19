package org.pjsua4j;

import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * PCM frames the application sends into a call, mixed on the conference bridge with whatever else
 * the call sends (WAV playback, tones, connected calls). The bridge's clock thread takes one frame
 * per tick from a bounded buffer and never waits: when the buffer is empty it plays silence, counted
 * from the first frame written. A writer that fills the buffer waits for room, so a loop that writes
 * as fast as it can is paced by the bridge's clock. Open one with {@link Call#openAudioSource}.
 *
 * <p>Writes may come from any thread; they are taken one at a time, in order.
 */
public interface AudioSource extends AudioAttachment {
    /** @return the frames' format */
    PcmFormat format();

    /**
     * Queues one frame, waiting up to {@code timeout} for room.
     *
     * @param frame exactly {@link PcmFormat#bytesPerFrame()} bytes remaining: signed 16-bit
     *        little-endian samples; its position advances past them once queued
     * @param timeout how long to wait while the buffer is full
     * @return true if queued, false if the buffer stayed full
     * @throws IllegalArgumentException if the frame's size is not one frame
     * @throws IllegalStateException if the source is closed (also when it ended with its call or the
     *         endpoint)
     * @throws InterruptedException if the thread was interrupted while waiting
     */
    boolean write(ByteBuffer frame, Duration timeout) throws InterruptedException;

    /**
     * Queues one frame if there is room now; {@link #write} without waiting.
     *
     * @param frame as for {@link #write}
     * @return true if queued, false if the buffer is full
     * @throws IllegalArgumentException if the frame's size is not one frame
     * @throws IllegalStateException if the source is closed
     */
    boolean offer(ByteBuffer frame);

    /** Drops the frames waiting, so what plays next is what is written next (e.g. barge-in). */
    void flush();

    /** @return frames the bridge has taken from the buffer and sent into the call */
    long sentFrames();

    /** @return ticks the bridge found the buffer empty, since the first frame was written */
    long silentFrames();

    /** @return frames waiting in the buffer now */
    int queuedFrames();
}
