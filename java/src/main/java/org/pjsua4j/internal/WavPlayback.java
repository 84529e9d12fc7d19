package org.pjsua4j.internal;

import java.nio.file.Path;
import java.util.List;
import org.pjsua4j.AudioPlayback;
import org.pjsua4j.raw.pjsua;

/** A pjsua WAV player connected to one call. */
final class WavPlayback extends Attachment implements AudioPlayback {
    private final int player;
    private final Path file;

    private WavPlayback(EndpointCore core, RealCall call, int player, Path file) {
        super(core, List.of(call));
        this.player = player;
        this.file = file;
    }

    /** Under the endpoint's lock with the call's audio active. */
    static WavPlayback start(EndpointCore core, RealCall call, Path file, boolean loop) {
        int player = MediaFiles.create("play", file,
                () -> pjsua.pjsua_player_create(file.toString(), loop ? 0 : pjsua.PJMEDIA_FILE_NO_LOOP));
        return started(new WavPlayback(core, call, player, file));
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    void attach(RealCall call, int callPort) {
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

    @Override
    public void close() {
        stop("AudioPlayback.close");
    }
}
