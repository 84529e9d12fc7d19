package org.pjsua4j;

import java.nio.file.Path;
import java.util.List;
import org.pjsua4j.raw.pjsua;

/**
 * A WAV file playing into a call through pjsua's conference bridge ({@code pjsua_player_*}). It
 * follows the call when pjsua rebuilds its audio. Close it to stop; it stops by itself when the call
 * ends or the endpoint closes.
 */
public final class AudioPlayback extends CallAudioTap {
    private final int player;
    private final Path file;

    private AudioPlayback(EndpointCore core, Call call, int player, Path file) {
        super(core, List.of(call));
        this.player = player;
        this.file = file;
    }

    /** Called under the endpoint's lock with the call's audio active. */
    static AudioPlayback start(EndpointCore core, Call call, Path file, boolean loop) {
        int player = MediaFiles.create("play", file,
                () -> pjsua.pjsua_player_create(file.toString(), loop ? 0 : pjsua.PJMEDIA_FILE_NO_LOOP));
        return started(new AudioPlayback(core, call, player, file));
    }

    /** @return the file played */
    public Path file() {
        return file;
    }

    @Override
    void attach(Call call, int callPort) {
        pjsua.pjsua_conf_connect(pjsua.pjsua_player_get_conf_port(player), callPort);
    }

    @Override
    void destroy() {
        pjsua.pjsua_player_destroy(player);
    }

    @Override
    String describe() {
        return file.toString();
    }

    /** Stops playing. Idempotent. */
    @Override
    public void close() {
        stop("AudioPlayback.close");
    }
}
