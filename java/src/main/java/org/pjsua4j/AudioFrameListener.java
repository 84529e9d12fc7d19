package org.pjsua4j;

/**
 * Receives a call's audio frame by frame, from an {@link AudioSink} opened with
 * {@link Call#openAudioSink(PcmFormat, int, AudioFrameListener)}.
 *
 * <p>Frames arrive on the sink's own thread (named {@code pjsua4j-audio-sink-<call id>}), in order,
 * never on pjsip's or the conference bridge's threads: a listener that takes its time delays only its
 * own sink, which drops its oldest frames when full (see {@link AudioSink#droppedFrames()}). An
 * exception the listener throws is logged, and the next frame is delivered.
 */
@FunctionalInterface
public interface AudioFrameListener {
    /** @param frame valid only until this method returns (the sink reuses it); copy what you keep */
    void onFrame(AudioFrame frame);
}
