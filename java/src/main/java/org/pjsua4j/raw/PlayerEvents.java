package org.pjsua4j.raw;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The end of the file a WAV player ({@code pjsua_player_create}) plays, which pjsua does not report:
 * {@link #watch} hooks the player's port ({@code pjmedia_wav_player_set_eof_cb2}). A looping player
 * reports each time it starts over; one created with {@code PJMEDIA_FILE_NO_LOOP} reports once and
 * then plays silence. The report runs on the conference bridge's clock thread: return at once, and
 * never destroy the player there.
 */
public final class PlayerEvents {
    private static final Map<Integer, Runnable> WATCHERS = new ConcurrentHashMap<>();

    private PlayerEvents() {
    }

    /**
     * @param playerId a WAV player of pjsua
     * @param onEnd runs, on the bridge's clock thread, each time the player reaches the end of its file
     * @throws PjsipException if there is no such WAV player (or pjsua is not initialised)
     */
    public static void watch(int playerId, Runnable onEnd) {
        NativeLibraryLoader.load();
        WATCHERS.put(playerId, Objects.requireNonNull(onEnd, "onEnd"));
        try {
            nativeWatch(playerId);
        } catch (RuntimeException e) {
            WATCHERS.remove(playerId);
            throw e;
        }
    }

    /**
     * Stops reporting for a player; call it before {@code pjsua_player_destroy}, since pjsua reuses
     * the id.
     *
     * @param playerId the player
     */
    public static void forget(int playerId) {
        WATCHERS.remove(playerId);
    }

    /** Upcall from native/src/pj4j_players.c. */
    static void onEof(int playerId) {
        Runnable r = WATCHERS.get(playerId);
        if (r != null) {
            r.run();
        }
    }

    private static native void nativeWatch(int playerId);
}
