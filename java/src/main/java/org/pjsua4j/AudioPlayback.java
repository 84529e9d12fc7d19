package org.pjsua4j;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * A WAV file playing into a call through pjsua's conference bridge ({@code pjsua_player_*}), mixed
 * with whatever else the call sends ({@link Call#play}).
 */
public interface AudioPlayback extends AudioAttachment {
    /** @return the file played */
    Path file();

    /**
     * @return completed (on the call's event thread) the first time the playback reaches the end of
     *         the file: a playback without loop has then stopped and closed itself, a looping one
     *         starts over; completed exceptionally with {@link IllegalStateException} if the playback
     *         is closed (or its call ends) before that
     */
    CompletableFuture<AudioPlayback> endOfFile();
}
