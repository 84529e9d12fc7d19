package org.pjsua4j;

import java.nio.file.Path;

/**
 * What a call receives, being written to a WAV file ({@code pjsua_recorder_*}): 16-bit mono PCM at
 * the conference bridge's clock rate ({@link Call#record}).
 */
public interface AudioRecording extends AudioAttachment {
    /** @return the file recorded to */
    Path file();

    /**
     * Stops recording and returns once the file is complete (its WAV header written), waiting at most
     * 2 s for pjmedia to write it; also when the call's end or another thread stopped it first. A
     * recording that ends with its call is complete before the call's listener sees
     * {@link CallState#DISCONNECTED}. Idempotent.
     */
    @Override
    void close();
}
