package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No pjlib exception escapes (swig/exhaustion.i, docs/architecture.md "Pools and pjlib's throw"): the
 * inputs that exhausted a pool and crashed the JVM through pjlib's unhandled throw now end in a Java
 * exception, or cannot be made. Run forked: a throw that escapes is a crash.
 */
class RawPoolExhaustionTest {
    @Test
    void aUriThatExhaustsVerifyUrlsPoolIsAnInvalidUri() {
        Forked.scenario(RawPoolExhaustionTest.class, "verifyUrl");
    }

    @Test
    void poolsFromJavaAlwaysGrow() {
        Forked.scenario(RawPoolExhaustionTest.class, "callerPools");
    }

    private static String upTo256(String start, String repeat, String end) {
        StringBuilder b = new StringBuilder(start);
        while (b.length() + repeat.length() + end.length() <= WireText.MAX_URI) {
            b.append(repeat);
        }
        return b.append(end).toString();
    }

    /** Valid, or refused as pjsua refuses a URI: anything but a crash. */
    private static void verifiedOrInvalid(Runnable verify) {
        try {
            verify.run();
        } catch (PjsipException e) {
            assertEquals(PJSIP_EINVALIDURI, e.status());
        }
    }

    static void verifyUrl() {
        pjsua_create();
        try {
            // pjsua_verify_url parses in a 1 KB pool that cannot grow. Twelve parameters fit; the 13th
            // exhausts it, and pjsip_parse_uri's own PJ_TRY turns pjlib's throw into "invalid".
            pjsua_verify_url("sip:a@b" + ";x".repeat(12));
            assertEquals(PJSIP_EINVALIDURI, assertThrows(PjsipException.class,
                    () -> pjsua_verify_url("sip:a@b" + ";x".repeat(13))).status());
            for (String uri : List.of(upTo256("sip:a@b", ";x", ""), upTo256("sip:a@b", ";x=1", ""),
                    upTo256("<sip:a@b", ";x", ">"), upTo256("\"x\" <sip:a@b", ";x", ">;y"),
                    upTo256("sip:a@b?", "h=v&", "h=v"), upTo256("sip:", "%41", "@b"), upTo256("tel:+1", ";x", ""))) {
                assertTrue(uri.length() <= WireText.MAX_URI && uri.length() > 240, uri);
                verifiedOrInvalid(() -> pjsua_verify_url(uri));
                verifiedOrInvalid(() -> pjsua_verify_sip_url(uri));
            }
            // The copy before the parse, the throw that crashed at ~850 bytes, cannot be reached.
            assertThrows(IllegalArgumentException.class, () -> pjsua_verify_url("sip:" + "a".repeat(900) + "@b"));
        } finally {
            pjsua_destroy();
        }
    }

    static void callerPools() {
        RawPjsua.started(ua -> {
            IllegalArgumentException fixed = assertThrows(IllegalArgumentException.class,
                    () -> pjsua_pool_create("fixed", 256, 0));
            assertTrue(fixed.getMessage().startsWith("pjsua_pool_create: increment must not be 0"), fixed.getMessage());
            // A 1000-byte header into a 256-byte pool (crashed when the pool could not grow).
            SWIGTYPE_p_pj_pool_t pool = pjsua_pool_create("small", 256, 64);
            try (pjsua_msg_data md = new pjsua_msg_data()) {
                pjsua_msg_data_init(md);
                for (int i = 0; i < 20; i++) {
                    pj4j_msg_data_add_hdr(md, pool, "X-Big-" + i, "v".repeat(1000));
                }
            } finally {
                pj_pool_release(pool);
            }
            int acc = RawPjsua.localAccount(ua.udp, true);
            SWIGTYPE_p_pj_pool_t tiny = pjsua_pool_create("tiny", 256, 64);
            try (pjsua_acc_config cfg = new pjsua_acc_config()) {
                pjsua_acc_get_config(acc, tiny, cfg);
                assertTrue(cfg.getId().startsWith("<sip:"), cfg.getId());
            } finally {
                pj_pool_release(tiny);
            }
        });
    }
}
