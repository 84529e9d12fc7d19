package org.pjsua4j.internal;

import java.util.List;
import org.pjsua4j.AudioConnection;
import org.pjsua4j.Call;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;

/** Bridge connections from one call's port to another's, and back when both ways. */
final class CallLink extends Attachment implements AudioConnection {
    private final RealCall from;
    private final RealCall to;
    private final boolean bothWays;

    private CallLink(EndpointCore core, RealCall from, RealCall to, boolean bothWays) {
        super(core, List.of(from, to));
        this.from = from;
        this.to = to;
        this.bothWays = bothWays;
    }

    /** Under the endpoint's lock. */
    static CallLink start(EndpointCore core, RealCall from, RealCall to, boolean bothWays) {
        return started(new CallLink(core, from, to, bothWays));
    }

    @Override
    public Call from() {
        return from;
    }

    @Override
    public Call to() {
        return to;
    }

    @Override
    public boolean bothWays() {
        return bothWays;
    }

    /** Whether this link already sends a's audio to b, or (bothWays) b's to a. */
    boolean overlaps(Call a, Call b, boolean bothWays) {
        return sends(a, b) || bothWays && sends(b, a);
    }

    private boolean sends(Call source, Call sink) {
        return from == source && to == sink || this.bothWays && from == sink && to == source;
    }

    @Override
    void attach(RealCall call, int callPort) {
        int fromPort = call == from ? callPort : from.media().currentPort();
        int toPort = call == to ? callPort : to.media().currentPort();
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
        int fromPort = from.media().currentPort();
        int toPort = to.media().currentPort();
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

    @Override
    public void close() {
        stop("AudioConnection.close");
    }
}
