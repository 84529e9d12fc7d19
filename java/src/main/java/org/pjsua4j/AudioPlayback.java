package org.pjsua4j;

import java.nio.file.Path;

/**
 * A WAV file playing into a call through pjsua's conference bridge ({@code pjsua_player_*}), mixed
 * with whatever else the call sends ({@link Call#play}).
 */
public interface AudioPlayback extends AudioAttachment {
    /** @return the file played */
    Path file();
}
