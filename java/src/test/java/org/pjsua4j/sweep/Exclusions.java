package org.pjsua4j.sweep;

import java.util.Map;

/**
 * What the sweep does not call, and why. Everything else public is swept; a function or method added
 * later is swept without being listed anywhere.
 */
final class Exclusions {
    /** Raw functions not called in the states where they would change the state under later cases. */
    private static final Map<String, String> RAW_MID_BATCH = Map.of(
            "pjsua_destroy", "ends the state every later case of the batch needs",
            "pjsua_destroy2", "ends the state every later case of the batch needs",
            "pj4j_destroy", "ends the state every later case of the batch needs");
    /** Raw functions never called. */
    private static final Map<String, String> RAW_ALWAYS = Map.of(
            "pjsua_handle_events", "blocks for its timeout by design (MAX is 49 days)",
            "pjsua_create", "each state's setup: it would turn any batch into the created one");

    private Exclusions() {
    }

    /** @return why the function is not called in this state, or null if it is */
    static String raw(String function, RawState state) {
        if (RAW_ALWAYS.containsKey(function)) {
            return RAW_ALWAYS.get(function);
        }
        boolean pjsuaExists = state == RawState.CREATED || state == RawState.STARTED;
        if (pjsuaExists && RAW_MID_BATCH.containsKey(function)) {
            return RAW_MID_BATCH.get(function);
        }
        if (state == RawState.CREATED && function.equals("pjsua_init")) {
            return "initialises pjsua, turning the batch into the started state's";
        }
        return null;
    }

    /** @return why the facade method is not called on this receiver, or null if it is */
    static String facade(String type, String method, FacadeState state) {
        if (type.equals("Endpoint") && method.equals("close") && state != FacadeState.CLOSED) {
            return "ends the endpoint every later case of the batch needs; swept on the closed endpoint";
        }
        return null;
    }
}
