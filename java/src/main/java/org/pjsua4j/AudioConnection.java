package org.pjsua4j;

import java.util.List;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;

/**
 * Audio of one call sent into another through the conference bridge, one way or both ways
 * ({@link Call#connectAudio}, {@link Call#forwardAudioTo}). It holds while either call's audio is
 * rebuilt or put on hold, and is reconnected as soon as both have active audio again. Close it to
 * disconnect; it ends by itself when either call ends or the endpoint closes.
 */
public final class AudioConnection extends CallAudioTap {
    private final Call from;
    private final Call to;
    private final boolean bothWays;

    private AudioConnection(EndpointCore core, Call from, Call to, boolean bothWays) {
        super(core, List.of(from, to));
        this.from = from;
        this.to = to;
        this.bothWays = bothWays;
    }

    /** Called under the endpoint's lock. */
    static AudioConnection start(EndpointCore core, Call from, Call to, boolean bothWays) {
        return started(new AudioConnection(core, from, to, bothWays));
    }

    /** @return the call whose received audio is sent */
    public Call from() {
        return from;
    }

    /** @return the call that sends it */
    public Call to() {
        return to;
    }

    /** @return whether {@link #to()}'s received audio goes to {@link #from()} as well */
    public boolean bothWays() {
        return bothWays;
    }

    /** Whether this connection already sends a's audio to b, or (bothWays) b's to a. */
    boolean overlaps(Call a, Call b, boolean bothWays) {
        return sends(a, b) || bothWays && sends(b, a);
    }

    private boolean sends(Call source, Call sink) {
        return from == source && to == sink || this.bothWays && from == sink && to == source;
    }

    @Override
    void attach(Call call, int callPort) {
        int fromPort = call == from ? callPort : from.currentAudioPort();
        int toPort = call == to ? callPort : to.currentAudioPort();
        if (fromPort == pjsua.PJSUA_INVALID_ID || toPort == pjsua.PJSUA_INVALID_ID) {
            return; // the other call's audio is not active yet; its own activation connects both
        }
        pjsua.pjsua_conf_connect(fromPort, toPort);
        if (bothWays) {
            pjsua.pjsua_conf_connect(toPort, fromPort);
        }
    }

    @Override
    void destroy() {
        int fromPort = from.currentAudioPort();
        int toPort = to.currentAudioPort();
        if (fromPort == pjsua.PJSUA_INVALID_ID || toPort == pjsua.PJSUA_INVALID_ID) {
            return; // a port that is gone took its connections with it
        }
        disconnect(fromPort, toPort);
        if (bothWays) {
            disconnect(toPort, fromPort);
        }
    }

    private static void disconnect(int source, int sink) {
        try {
            pjsua.pjsua_conf_disconnect(source, sink);
        } catch (PjsipException notConnected) {
            // Another connection between the same calls may have removed it already.
        }
    }

    @Override
    String describe() {
        return "call " + from.id() + (bothWays ? " <-> " : " -> ") + "call " + to.id();
    }

    /** Disconnects. Idempotent. */
    @Override
    public void close() {
        stop("AudioConnection.close");
    }
}
