package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pjsua4j.raw.pjsua.*;

import org.junit.jupiter.api.Test;

/**
 * Handles the bridge owns are released once (swig/handles.i): a second pj4j_tonegen_destroy or
 * pj_pool_release, a use after release, or a use after pjsua_destroy (which frees every pool) throws
 * IllegalStateException instead of corrupting the heap; closing a struct proxy twice is a no-op. Run
 * forked: a double free would crash, perhaps only later.
 */
class RawReleaseTest {
    private static void assertReleased(String function, String what, Runnable call) {
        assertEquals(function + ": " + what + " was released (or went with pjsua_destroy)",
                assertThrows(IllegalStateException.class, call::run).getMessage());
    }

    @Test
    void aToneGeneratorIsDestroyedOnce() {
        Forked.scenario(RawReleaseTest.class, "toneGenerator");
    }

    @Test
    void aPoolIsReleasedOnce() {
        Forked.scenario(RawReleaseTest.class, "pool");
    }

    @Test
    void handlesDoNotOutlivePjsua() {
        Forked.scenario(RawReleaseTest.class, "afterDestroy");
    }

    @Test
    void aStructProxyIsFreedOnce() {
        Forked.scenario(RawReleaseTest.class, "structProxy");
    }

    static void toneGenerator() {
        RawPjsua.started(ua -> {
            SWIGTYPE_p_pj4j_tonegen gen = pj4j_tonegen_create();
            pj4j_tonegen_destroy(gen);
            for (int i = 0; i < 3; i++) {
                assertReleased("pj4j_tonegen_destroy", "the tone generator", () -> pj4j_tonegen_destroy(gen));
            }
            assertReleased("pj4j_tonegen_add_tone", "the tone generator", () -> pj4j_tonegen_add_tone(gen, 440, 0, 100, 0, false));
            assertReleased("pj4j_tonegen_is_busy", "the tone generator", () -> pj4j_tonegen_is_busy(gen));
            assertReleased("pj4j_tonegen_get_conf_port", "the tone generator", () -> pj4j_tonegen_get_conf_port(gen));
            SWIGTYPE_p_pj4j_tonegen other = pj4j_tonegen_create();
            pj4j_tonegen_add_digits(other, "1", 50, 50, false);
            pj4j_tonegen_destroy(other);
        });
    }

    static void pool() {
        RawPjsua.started(ua -> {
            int acc = RawPjsua.localAccount(ua.udp, true);
            SWIGTYPE_p_pj_pool_t pool = pjsua_pool_create("twice", 512, 512);
            pj_pool_release(pool);
            assertReleased("pj_pool_release", "the pool", () -> pj_pool_release(pool));
            try (pjsua_acc_config cfg = new pjsua_acc_config()) {
                assertReleased("pjsua_acc_get_config", "the pool", () -> pjsua_acc_get_config(acc, pool, cfg));
            }
            try (pjsua_msg_data md = new pjsua_msg_data()) {
                pjsua_msg_data_init(md);
                assertReleased("pj4j_msg_data_add_hdr", "the pool", () -> pj4j_msg_data_add_hdr(md, pool, "X-A", "1"));
            }
        });
    }

    static void afterDestroy() {
        RawPjsua ua = new RawPjsua() { };
        ua.init();
        SWIGTYPE_p_pj_pool_t pool = pjsua_pool_create("stale", 512, 512);
        SWIGTYPE_p_pj4j_tonegen gen = pj4j_tonegen_create();
        ua.destroy();
        assertReleased("pj_pool_release", "the pool", () -> pj_pool_release(pool));
        ua.init();
        try {
            assertReleased("pj_pool_release", "the pool", () -> pj_pool_release(pool));
            assertReleased("pj4j_tonegen_destroy", "the tone generator", () -> pj4j_tonegen_destroy(gen));
            pj_pool_release(pjsua_pool_create("fresh", 512, 512));
        } finally {
            ua.destroy();
        }
    }

    static void structProxy() {
        assertEquals(PJSUA_STATE_NULL, pjsua_get_state()); // loads the library
        long owned = NativeBridge.ownedStringCount();
        pjsua_acc_config cfg = new pjsua_acc_config();
        cfg.setId("sip:once@127.0.0.1");
        cfg.set_proxy(0, "sip:127.0.0.1;lr");
        assertEquals(owned + 2, NativeBridge.ownedStringCount());
        cfg.close();
        cfg.close();
        cfg.delete();
        assertEquals(owned, NativeBridge.ownedStringCount());
        assertThrows(IllegalStateException.class, () -> cfg.setId("sip:again@127.0.0.1"));
        assertThrows(IllegalStateException.class, () -> pjsua_acc_config_default(cfg));
        assertEquals(owned, NativeBridge.ownedStringCount());
    }
}
