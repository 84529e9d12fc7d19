package org.pjsua4j.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.pjsua4j.Tone;
import org.pjsua4j.TonePlayback;
import org.pjsua4j.raw.SWIGTYPE_p_pj4j_tonegen;
import org.pjsua4j.raw.pjsua;

/** A pj4j tone generator on the bridge (pjmedia_tonegen), playing into one call. */
final class ToneGenerator extends Attachment implements TonePlayback {
    private final SWIGTYPE_p_pj4j_tonegen generator;
    private final String description;

    private ToneGenerator(EndpointCore core, RealCall call, SWIGTYPE_p_pj4j_tonegen generator, String description) {
        super(core, List.of(call));
        this.generator = generator;
        this.description = description;
    }

    /** Under the endpoint's lock. */
    static ToneGenerator tones(EndpointCore core, RealCall call, List<Tone> tones, boolean loop) {
        return start(core, call, tones + (loop ? " looped" : ""), generator -> {
            for (Tone t : tones) {
                pjsua.pj4j_tonegen_add_tone(generator, t.frequency1(), t.frequency2(), t.on().toMillis(),
                        t.off().toMillis(), loop);
            }
        });
    }

    /** Under the endpoint's lock with digits already checked. */
    static ToneGenerator digits(EndpointCore core, RealCall call, String digits, Duration on, Duration off) {
        return start(core, call, "DTMF " + digits, generator ->
                pjsua.pj4j_tonegen_add_digits(generator, digits, on.toMillis(), off.toMillis(), false));
    }

    private static ToneGenerator start(EndpointCore core, RealCall call, String description,
            Consumer<SWIGTYPE_p_pj4j_tonegen> fill) {
        SWIGTYPE_p_pj4j_tonegen generator = pjsua.pj4j_tonegen_create();
        try {
            // Filled before it is connected, so the call hears the sequence from its start.
            fill.accept(generator);
        } catch (RuntimeException e) {
            pjsua.pj4j_tonegen_destroy(generator);
            throw e;
        }
        return started(new ToneGenerator(core, call, generator, description));
    }

    @Override
    public boolean isPlaying() {
        return ifOpen("TonePlayback.isPlaying", () -> pjsua.pj4j_tonegen_is_busy(generator), false);
    }

    @Override
    void attach(RealCall call, int callPort) {
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

    @Override
    public void close() {
        stop("TonePlayback.close");
    }
}
