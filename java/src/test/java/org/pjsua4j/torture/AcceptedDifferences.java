package org.pjsua4j.torture;

import java.util.Map;

/**
 * Torture messages the facade may answer with another status class than the native pjsua app, and
 * why. A key is a message name (both transports) or name/TRANSPORT.
 */
final class AcceptedDifferences {
    /*
     * The native app answers every REGISTER with 200 from a registrar of its own (pjsua_app.c,
     * simple_registrar); a user agent is no registrar, so the facade answers 405 with Allow
     * (RFC 3261 8.2.1; native/src/pj4j_unhandled.c).
     */
    private static final Difference REGISTRAR = new Difference("registrar",
            "native app's own simple registrar answers 200; the facade, no registrar, answers 405");

    private static final Map<String, Difference> WHY = Map.of(
            "cparam01", REGISTRAR,
            "cparam02", REGISTRAR,
            "dblreq", REGISTRAR,
            "escnull", REGISTRAR,
            "regescrt", REGISTRAR,
            "unksm2", REGISTRAR);

    private AcceptedDifferences() {
    }

    /**
     * One reason for a difference.
     *
     * @param label a word for the table
     * @param reason why
     */
    record Difference(String label, String reason) {
    }

    /** @return why the facade may answer this message differently, or null if it may not */
    static Difference reason(String message, String transport) {
        Difference specific = WHY.get(message + "/" + transport);
        return specific != null ? specific : WHY.get(message);
    }
}
