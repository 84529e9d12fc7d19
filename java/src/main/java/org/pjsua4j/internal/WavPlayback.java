package org.pjsua4j.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.pjsua4j.AudioPlayback;
import org.pjsua4j.raw.PlayerEvents;
import org.pjsua4j.raw.pjsua;

/**
 * A pjsua WAV player connected to one call. pjsua reports nothing at the end of the file; the
 * player's port does ({@link PlayerEvents}), on the bridge's clock thread, where the player must not
 * be destroyed, so the end is handled on the call's event thread.
 */
final class WavPlayback extends Attachment implements AudioPlayback {
    private final int player;
    private final Path file;
    private final boolean loop;
    private final SerialExecutor events;
    private final CompletableFuture<AudioPlayback> endOfFile = new CompletableFuture<>();

    private WavPlayback(EndpointCore core, RealCall call, int player, Path file, boolean loop) {
        super(core, List.of(call));
        this.player = player;
        this.file = file;
        this.loop = loop;
        this.events = call.dispatch().executor();
    }

    /** Under the endpoint's lock while the call has audio, possibly between two streams. */
    static WavPlayback start(EndpointCore core, RealCall call, Path file, boolean loop) {
        int player = MediaFiles.create("play", file,
                () -> pjsua.pjsua_player_create(file.toString(), loop ? 0 : pjsua.PJMEDIA_FILE_NO_LOOP));
        WavPlayback playback = new WavPlayback(core, call, player, file, loop);
        try {
            PlayerEvents.watch(player, () -> playback.events.execute(playback::reachedEnd));
        } catch (RuntimeException e) {
            pjsua.pjsua_player_destroy(player);
            throw e;
        }
        return started(playback);
    }

    private void reachedEnd() {
        if (!loop) {
            stop("AudioPlayback.endOfFile");
        }
        endOfFile.complete(this);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public CompletableFuture<AudioPlayback> endOfFile() {
        return endOfFile.copy();
    }

    @Override
    void attach(RealCall call, int callPort) {
        pjsua.pjsua_conf_connect(pjsua.pjsua_player_get_conf_port(player), callPort);
    }

    @Override
    void destroy() {
        PlayerEvents.forget(player);
        pjsua.pjsua_player_destroy(player);
        if (!endOfFile.isDone()) {
            Runnable fail = () -> endOfFile.completeExceptionally(
                    new IllegalStateException("the playback of " + file + " was closed before the end of the file"));
            try {
                events.execute(fail);
            } catch (RejectedExecutionException endpointClosed) {
                fail.run();
            }
        }
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
