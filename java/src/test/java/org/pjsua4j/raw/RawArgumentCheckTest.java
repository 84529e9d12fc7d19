package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * swig/nulls.i: a null pointer, struct or string argument is refused by name unless pjsua documents it
 * as optional; and every early refusal (state, null, closed proxy, failed status) frees the string
 * arguments already copied. Run forked: a missing check is a crash.
 */
class RawArgumentCheckTest {
    private static String refusedNull(Runnable call) {
        return assertThrows(NullPointerException.class, call::run).getMessage();
    }

    @Test
    void nullArgumentsAreRefusedUnlessOptional() {
        Forked.scenario(RawArgumentCheckTest.class, "nulls");
    }

    @Test
    void earlyRefusalsFreeCopiedStrings() {
        Forked.scenario(RawArgumentCheckTest.class, "noLeaks");
    }

    @Test
    void everyStructSetterTakesNullWithoutCrashing() {
        String output = Forked.scenario(RawArgumentCheckTest.class, "nullMembers");
        assertTrue(output.contains("refused: pjsua_acc_config_rtp_cfg_set: value must not be null"), output);
    }

    /**
     * Every setter of a struct proxy taking another proxy or an opaque handle, called with null: refused (a member held by
     * value, or an array), or taken (a pointer member, set to NULL).
     */
    static void nullMembers() throws Exception {
        int setters = 0;
        for (Class<?> proxy : proxyClasses()) {
            for (Method m : proxy.getMethods()) {
                Class<?>[] types = m.getParameterTypes();
                if (m.getName().startsWith("set") && types.length == 1 && (proxyClasses().contains(types[0])
                        || types[0].getSimpleName().startsWith("SWIGTYPE_p_"))) {
                    try (AutoCloseable struct = (AutoCloseable) proxy.getConstructor().newInstance()) {
                        m.invoke(struct, (Object) null);
                        System.out.println("taken: " + proxy.getSimpleName() + "." + m.getName());
                    } catch (InvocationTargetException e) {
                        // A C array member is set element by element (arrays.i).
                        assertTrue(e.getCause() instanceof NullPointerException
                                || e.getCause() instanceof UnsupportedOperationException, e.getCause().toString());
                        System.out.println("refused: " + e.getCause().getMessage());
                    }
                    setters++;
                }
            }
        }
        assertTrue(setters > 20, "setters: " + setters);
    }

    /** The struct proxies SWIG generated: AutoCloseable classes of the raw package with a public constructor. */
    private static List<Class<?>> proxyClasses() throws Exception {
        List<Class<?>> proxies = new ArrayList<>();
        for (Method m : pjsua.class.getMethods()) {
            for (Class<?> t : m.getParameterTypes()) {
                if (AutoCloseable.class.isAssignableFrom(t) && !proxies.contains(t)) {
                    proxies.add(t);
                }
            }
        }
        for (int i = 0; i < proxies.size(); i++) {
            for (Method m : proxies.get(i).getMethods()) {
                Class<?> t = m.getReturnType();
                if (AutoCloseable.class.isAssignableFrom(t) && t.getPackage() == pjsua.class.getPackage()
                        && !proxies.contains(t)) {
                    proxies.add(t);
                }
            }
        }
        proxies.removeIf(t -> Arrays.stream(t.getConstructors()).noneMatch(c -> c.getParameterCount() == 0));
        return proxies;
    }

    static void nulls() {
        RawPjsua.started(ua -> {
            assertEquals("pjsua_call_get_info: info must not be null", refusedNull(() -> pjsua_call_get_info(0, null)));
            assertEquals("pjsua_codec_set_priority: codec_id must not be null",
                    refusedNull(() -> pjsua_codec_set_priority(null, (short) 1)));
            assertEquals("pjsua_acc_add: acc_cfg must not be null", refusedNull(() -> pjsua_acc_add(null, false)));
            assertEquals("pjsua_acc_get_config: pool must not be null", refusedNull(() -> pjsua_acc_get_config(0, null, null)));
            assertEquals("pjsua_player_create: filename must not be null", refusedNull(() -> pjsua_player_create(null, 0)));
            assertEquals("pjsua_conf_configure_port: tx must not be null",
                    refusedNull(() -> pjsua_conf_configure_port(0, null, null)));
            try (pjsua_acc_config cfg = new pjsua_acc_config()) {
                assertEquals("pjsua_acc_config_rtp_cfg_set: value must not be null", refusedNull(() -> cfg.setRtp_cfg(null)));
                cfg.setId(null); // a string member set to null is empty
                assertEquals("", cfg.getId());
                try (pjsua_transport_config tc = new pjsua_transport_config()) {
                    tc.setPort(5099);
                    cfg.setRtp_cfg(tc);
                }
                assertEquals(5099, cfg.getRtp_cfg().getPort());
                cfg.setReg_timeout(300);
                assertEquals(300, cfg.getReg_timeout());
                assertEquals("pjsua_acc_config_cred_info_set: a C array member is set element by element",
                        assertThrows(UnsupportedOperationException.class, () -> cfg.setCred_info(cfg.get_cred_info(0))).getMessage());
            }
            // Optional (nulls.i's list): pjsua's own check of the call id answers, not a null check.
            assertEquals(PJ_EINVAL, assertThrows(PjsipException.class, () -> pjsua_call_hangup(-1, 486, null, null)).status());
            assertThrows(PjsipException.class, () -> pjsua_call_make_call(-1, "sip:x@127.0.0.1", null, 0, null));
            pjsua_codec_set_param("PCMU", null); // NULL resets the codec's parameters
            // pjsua adds the media asked for into arrays of PJSUA_MAX_CALL_MEDIA without comparing.
            int local = RawPjsua.localAccount(ua.udp, true);
            try (pjsua_call_setting opt = new pjsua_call_setting()) {
                pjsua_call_setting_default(opt);
                opt.setAud_cnt(40);
                PjsipException e = assertThrows(PjsipException.class, () -> pjsua_call_make_call(local,
                        "sip:x@127.0.0.1:" + RawPjsua.port(ua.udp), opt, 0, null));
                assertEquals(PJ_ETOOMANY, e.status());
                assertTrue(e.getMessage().contains("pjsua_call_make_call: opt.aud_cnt + opt.vid_cnt + opt.txt_cnt"),
                        e.getMessage());
            }
            pjsua_acc_del(local);
            pj4j_tonegen_destroy(null);
        });
    }

    static void noLeaks() {
        String reason = "r".repeat(500); // longer than the stack buffer: copied to the heap
        assertEquals(PJSUA_STATE_NULL, pjsua_get_state()); // loads the library
        long before = NativeBridge.argumentCopyCount();
        for (int i = 0; i < 100; i++) {
            assertThrows(IllegalStateException.class, () -> pjsua_call_hangup(0, 486, reason, null));
        }
        assertEquals(before, NativeBridge.argumentCopyCount(), "state refusal");

        RawPjsua.started(ua -> {
            for (int i = 0; i < 100; i++) {
                assertThrows(PjsipException.class, () -> pjsua_call_hangup(-1, 486, reason, null));
                assertThrows(NullPointerException.class, () -> pj4j_msg_data_add_hdr(null, null, "X-Long", reason));
                assertThrows(NullPointerException.class, () -> pjsua_pres_notify(0, null, 0, reason, reason, false, null));
            }
            assertEquals(before, NativeBridge.argumentCopyCount(), "status and null refusals");
            pjsua_msg_data md = new pjsua_msg_data();
            md.close();
            assertThrows(IllegalStateException.class, () -> md.setContent_type(reason));
            assertEquals(before, NativeBridge.argumentCopyCount(), "closed proxy");
        });
    }
}
