package org.pjsua4j;

import java.nio.file.Path;
import org.pjsua4j.raw.pjsua;

/**
 * A WAV file playing into a call through pjsua's conference bridge ({@code pjsua_player_*}). It
 * follows the call when pjsua rebuilds its audio. Close it to stop; closing the call's endpoint stops
 * it too.
 */
public final class AudioPlayback extends CallAudioTap {
    private AudioPlayback(EndpointCore core, Call call, int playerId, Path file) {
        super(core, call, playerId, file);
    }

    /** Called under the endpoint's lock with the call's audio active. */
    static AudioPlayback start(EndpointCore core, Call call, Path file, boolean loop, int callPort) {
        int player = MediaFiles.create("play", file,
                () -> pjsua.pjsua_player_create(file.toString(), loop ? 0 : pjsua.PJMEDIA_FILE_NO_LOOP));
        return started(new AudioPlayback(core, call, player, file), callPort);
    }

    @Override
    void attach(int callPort) {
        pjsua.pjsua_conf_connect(pjsua.pjsua_player_get_conf_port(id), callPort);
    }

    @Override
    void destroy() {
        pjsua.pjsua_player_destroy(id);
    }

    /** Stops playing. Idempotent. */
    @Override
    public void close() {
        stop("AudioPlayback.close");
    }
}
