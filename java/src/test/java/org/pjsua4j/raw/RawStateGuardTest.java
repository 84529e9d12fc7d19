package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * swig/guards.i: every wrapper called in a pjsua state it does not allow throws IllegalStateException
 * naming itself and the state, instead of entering pjsua (before this, 25 wrappers crashed the JVM
 * and 3 hung before pjsua_create, 44 crashed between pjsua_create and pjsua_init). Each sweep runs
 * every wrapper of {@link pjsua} in a JVM of its own ({@link WrapperSweep}).
 */
class RawStateGuardTest {
    /** Allowed in any state (guards.i's PJ4J_ANY_STATE, plus the two pjsip variables). */
    private static final Set<String> ANY_STATE = Set.of("getPjsip_info_method", "getPjsip_message_method",
            "pj4j_destroy_needs_rx", "pjsip_tsx_set_timers", "pjsua_get_state", "pjsua_msg_data_init",
            "pjsua_logging_config_default", "pjsua_config_default", "pjsua_ip_change_param_default",
            "pjsua_transport_config_default", "pjsua_srtp_opt_default", "pjsua_acc_config_default",
            "pjsua_acc_del_param_default", "pjsua_call_setting_default", "pjsua_call_send_dtmf_param_default",
            "pjsua_call_send_text_param_default", "pjsua_buddy_config_default", "pjsua_media_config_default",
            "pjsua_snd_dev_param_default", "pjsua_conf_connect_param_default");
    /** Allowed once created (guards.i's PJ4J_CREATED). */
    private static final Set<String> ONCE_CREATED = Set.of("pjsua_pool_create", "pj_pool_release", "pjsua_verify_url",
            "pjsua_verify_sip_url", "pjsua_get_pjsip_endpt", "pjsua_get_pool_factory", "pjsua_reconfigure_logging",
            "pjsua_handle_events", "pj4j_msg_data_add_hdr", "pj4j_event_type", "pj4j_event_rdata",
            "pj4j_event_from_remote", "pj4j_rdata_text", "pj4j_rdata_user_agent", "pj4j_event_user_agent");

    /** Each wrapper's outcome line ("OK" or "THROW class: message"), after checking the run survived. */
    private static Map<String, String> sweep(String state, String arguments) {
        String output = Forked.run(WrapperSweep.class, state, arguments);
        assertTrue(output.contains("\nDONE"), output);
        Map<String, String> outcomes = new HashMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("OK ") || line.startsWith("THROW ")) {
                String[] parts = line.split(" ", 3);
                outcomes.put(parts[1], parts[0].equals("OK") ? "OK" : parts[2]);
            }
        }
        List<Method> wrappers = WrapperSweep.wrappers();
        assertEquals(wrappers.size() - WrapperSweep.LIFECYCLE.size(), outcomes.size(), output);
        return outcomes;
    }

    private static boolean takesOpaqueHandle(String function) {
        return WrapperSweep.wrappers().stream().filter(m -> m.getName().equals(function))
                .flatMap(m -> Arrays.stream(m.getParameterTypes()))
                .anyMatch(t -> t.getSimpleName().startsWith("SWIGTYPE_p_"));
    }

    /** Everything but allowed is refused in state (pjsua_get_state's name). */
    private static void assertRefusedOutside(Set<String> allowed, Map<String, String> outcomes, String state) {
        int refused = 0;
        for (Map.Entry<String, String> e : outcomes.entrySet()) {
            String function = e.getKey();
            String outcome = e.getValue();
            if (allowed.contains(function)) {
                assertTrue(!outcome.startsWith("java.lang.IllegalStateException"), function + " is allowed: " + outcome);
            } else if (outcome.startsWith("java.lang.NullPointerException") && takesOpaqueHandle(function)) {
                // Java code has no opaque handle (a pool, an rdata) without pjsua: the null is refused first.
                assertTrue(outcome.startsWith("java.lang.NullPointerException: " + function + ": "), outcome);
            } else {
                String missing = ONCE_CREATED.contains(function) ? "created" : "initialised";
                assertEquals("java.lang.IllegalStateException: " + function + ": pjsua is not " + missing + " (state "
                        + state + ")", outcome, function);
                refused++;
            }
        }
        assertTrue(refused > 100, "refused " + refused);
    }

    @Test
    void beforeCreateOnlyPureFunctionsRun() {
        Map<String, String> outcomes = sweep("none", "real");
        for (String f : ANY_STATE) {
            assertEquals("OK", outcomes.get(f), f);
        }
        assertRefusedOutside(ANY_STATE, outcomes, "NULL");
    }

    @Test
    void afterCreateNotInitialisedFunctionsAreRefused() {
        Set<String> allowed = new HashSet<>(ANY_STATE);
        allowed.addAll(ONCE_CREATED);
        assertRefusedOutside(allowed, sweep("created", "real"), "CREATED");
    }

    @Test
    void afterDestroyEverythingIsRefusedAsBeforeCreate() {
        assertRefusedOutside(ANY_STATE, sweep("destroyed", "real"), "NULL");
    }

    @Test
    void nullArgumentsBeforeCreateAndAfterDestroyAreRefusedByName() {
        for (String state : List.of("none", "destroyed")) {
            for (Map.Entry<String, String> e : sweep(state, "null").entrySet()) {
                String outcome = e.getValue();
                assertTrue(outcome.equals("OK") || outcome.startsWith("java.lang.IllegalStateException: " + e.getKey() + ": ")
                        || outcome.startsWith("java.lang.NullPointerException: " + e.getKey() + ": "), e.getKey() + ": " + outcome);
            }
        }
    }

    @Test
    void lifecycleStepsRunOnceAndInOrder() {
        Forked.scenario(RawStateGuardTest.class, "lifecycle");
    }

    private static void assertRefused(String message, Runnable call) {
        assertEquals(message, assertThrows(IllegalStateException.class, call::run).getMessage());
    }

    /** Forked: a second create, init or start, and each before its turn. */
    static void lifecycle() {
        assertRefused("pjsua_init: pjsua is not created (state NULL)", () -> pjsua_init(null, null, null));
        assertRefused("pjsua_start: pjsua is not initialised (state NULL)", () -> pjsua_start());
        pjsua_destroy(); // never created: pjsua's documented no-op
        pjsua_create();
        assertRefused("pjsua_create: pjsua is already created (state CREATED)", () -> pjsua_create());
        assertRefused("pjsua_start: pjsua is not initialised (state CREATED)", () -> pjsua_start());
        pjsua_init(null, null, null);
        assertRefused("pjsua_init: pjsua is already initialised (state INIT)", () -> pjsua_init(null, null, null));
        pjsua_set_null_snd_dev();
        pjsua_start();
        assertRefused("pjsua_start: pjsua is already started (state RUNNING)", () -> pjsua_start());
        assertRefused("pjsua_create: pjsua is already created (state RUNNING)", () -> pjsua_create());
        pj4j_destroy();
        assertEquals(PJSUA_STATE_NULL, pjsua_get_state());
        pj4j_destroy();
        assertRefused("pjsua_acc_get_count: pjsua is not initialised (state NULL)", () -> pjsua_acc_get_count());
        // A second lifetime works as the first.
        pjsua_create();
        pjsua_init(null, null, null);
        assertEquals(0, pjsua_acc_get_count());
        pjsua_destroy();
    }
}
