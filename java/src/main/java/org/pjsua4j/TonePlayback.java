package org.pjsua4j;

import java.time.Duration;
import java.util.List;
import org.pjsua4j.raw.SWIGTYPE_p_pj4j_tonegen;
import org.pjsua4j.raw.pjsua;

/**
 * Tones or in-band DTMF digits playing into a call from a tone generator (pjmedia_tonegen) on the
 * conference bridge, mixed with whatever else the call sends. It follows the call when pjsua rebuilds
 * its audio. Close it to stop; it stops by itself when the call ends or the endpoint closes.
 */
public final class TonePlayback extends CallAudioTap {
    /** The most tones or digits one playback holds. */
    public static final int MAX_TONES = pjsua.PJ4J_TONEGEN_MAX_TONES;
    /** The most in-band DTMF digits one playback holds (pjmedia takes one fewer digit than tones). */
    public static final int MAX_DIGITS = MAX_TONES - 1;

    private final SWIGTYPE_p_pj4j_tonegen generator;
    private final String description;

    private TonePlayback(EndpointCore core, Call call, SWIGTYPE_p_pj4j_tonegen generator, String description) {
        super(core, List.of(call));
        this.generator = generator;
        this.description = description;
    }

    /** Called under the endpoint's lock. */
    static TonePlayback tones(EndpointCore core, Call call, List<Tone> tones, boolean loop) {
        return start(core, call, tones + (loop ? " looped" : ""), generator -> {
            for (Tone t : tones) {
                pjsua.pj4j_tonegen_add_tone(generator, t.frequency1(), t.frequency2(), t.on().toMillis(),
                        t.off().toMillis(), loop);
            }
        });
    }

    /** Called under the endpoint's lock with digits already checked. */
    static TonePlayback digits(EndpointCore core, Call call, String digits, Duration on, Duration off) {
        return start(core, call, "DTMF " + digits, generator ->
                pjsua.pj4j_tonegen_add_digits(generator, digits, on.toMillis(), off.toMillis(), false));
    }

    private static TonePlayback start(EndpointCore core, Call call, String description,
            java.util.function.Consumer<SWIGTYPE_p_pj4j_tonegen> fill) {
        SWIGTYPE_p_pj4j_tonegen generator = pjsua.pj4j_tonegen_create();
        try {
            // Filled before it is connected, so the call hears the sequence from its start.
            fill.accept(generator);
        } catch (RuntimeException e) {
            pjsua.pj4j_tonegen_destroy(generator);
            throw e;
        }
        return started(new TonePlayback(core, call, generator, description));
    }

    /** @return true while tones remain to be played (always, when looping), false once done or closed */
    public boolean isPlaying() {
        return ifOpen("TonePlayback.isPlaying", () -> pjsua.pj4j_tonegen_is_busy(generator), false);
    }

    @Override
    void attach(Call call, int callPort) {
        pjsua.pjsua_conf_connect(pjsua.pj4j_tonegen_get_conf_port(generator), callPort);
    }

    @Override
    void destroy() {
        pjsua.pj4j_tonegen_destroy(generator);
    }

    @Override
    String describe() {
        return description;
    }

    /** Stops playing. Idempotent. */
    @Override
    public void close() {
        stop("TonePlayback.close");
    }
}
