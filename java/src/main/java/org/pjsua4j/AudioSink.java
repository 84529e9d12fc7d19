package org.pjsua4j;

import java.time.Duration;

/**
 * A call's audio as PCM frames, as the call hears it (what its peer sends, mixed with what other
 * attachments connect to it). The conference bridge's clock thread puts one frame per tick into a
 * bounded buffer and never waits: when the application falls behind, the oldest frame is dropped
 * and counted. Open one with {@link Call#openAudioSink}.
 *
 * <p>Without a listener, the application pulls frames with {@link #read}, from one thread at a time.
 * With a listener, the sink's own thread delivers them and {@link #read} is refused.
 */
public interface AudioSink extends AudioAttachment {
    /** @return the frames' format */
    PcmFormat format();

    /**
     * Takes the oldest frame waiting, waiting up to {@code timeout} for one.
     *
     * @param timeout how long to wait; zero to take only a frame already waiting
     * @return the frame, valid until the next read (the sink reuses it), or null if none came in time
     * @throws IllegalStateException if the sink is closed (also when it ended with its call or the
     *         endpoint), or frames go to a listener
     * @throws InterruptedException if the thread was interrupted while waiting
     */
    AudioFrame read(Duration timeout) throws InterruptedException;

    /** @return frames the bridge has put into the buffer since the sink was opened */
    long receivedFrames();

    /** @return frames dropped because the buffer was full when a new one came */
    long droppedFrames();

    /** @return frames waiting in the buffer now */
    int queuedFrames();
}
