package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** pjsua used the way C code uses it, function by function. */
class RawPjsuaTest extends RawPjsua {
    @Test
    void accountsTheCWay() {
        int local = pjsua_acc_add_local(udp, PJ_TRUE != 0);
        assertTrue(pjsua_acc_is_valid(local));
        int carol;
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua_acc_config_default(ac);
            ac.setId("sip:carol@127.0.0.1");
            loopbackRtp(ac);
            carol = pjsua_acc_add(ac, false);
        }
        assertEquals(2, pjsua_acc_get_count());
        assertArrayEquals(new int[] {local, carol}, pjsua_enum_accs());
        assertEquals(local, pjsua_acc_get_default());
        try (pjsua_acc_info info = new pjsua_acc_info()) {
            pjsua_acc_get_info(carol, info);
            assertEquals("sip:carol@127.0.0.1", info.getAcc_uri());
            assertFalse(info.getHas_registration());
        }
        assertEquals(carol, pjsua_acc_find_for_outgoing("sip:someone@127.0.0.1"));
        pjsua_acc_del(carol);
        assertFalse(pjsua_acc_is_valid(carol));

        PjsipException e = assertThrows(PjsipException.class, () -> pjsua_acc_del(carol));
        assertEquals("pjsua_acc_del", e.operation());
        assertEquals(PJ_EINVALIDOP, e.status());
    }

    @Test
    void aCallWithCallbacks() throws Exception {
        CompletableFuture<Integer> incoming = new CompletableFuture<>();
        CompletableFuture<String> answered = new CompletableFuture<>();
        PjsuaCallbacks.install(new PjsuaCallback() {
            @Override
            public void on_incoming_call(int acc_id, int call_id, SWIGTYPE_p_pjsip_rx_data rdata) {
                pjsua_call_answer(call_id, 200, null, null);
                incoming.complete(call_id);
            }

            @Override
            public void on_call_state(int call_id, SWIGTYPE_p_pjsip_event e) {
                try (pjsua_call_info ci = new pjsua_call_info()) {
                    pjsua_call_get_info(call_id, ci);
                    if (ci.getState() == PJSIP_INV_STATE_CONNECTING && ci.getRole() == PJSIP_ROLE_UAC) {
                        SWIGTYPE_p_pjsip_rx_data rdata = pj4j_event_rdata(e);
                        answered.complete(pj4j_event_type(e) + " " + pj4j_event_from_remote(e) + " "
                                + (rdata == null ? "no message" : pj4j_rdata_text(rdata).lines().findFirst().get()));
                    }
                }
            }
        });
        int acc = localAccount(udp, true);
        int port = port(udp);
        int call = pjsua_call_make_call(acc, "sip:127.0.0.1:" + port, null, 42L, null);
        assertEquals(42L, pjsua_call_get_user_data(call));
        assertTrue(incoming.get(10, TimeUnit.SECONDS) >= 0);
        assertEquals(PJSIP_EVENT_TSX_STATE + " true SIP/2.0 200 OK", answered.get(10, TimeUnit.SECONDS));
        assertEquals(2, pjsua_enum_calls().length);
        pjsua_call_hangup_all();
    }

    @Test
    void codecsTheCWay() {
        pjsua_codec_set_priority("PCMA/8000/1", (short) 0);
        pjsua_codec_info[] codecs = pjsua_enum_codecs();
        assertTrue(codecs.length > 2);
        boolean seen = false;
        for (pjsua_codec_info info : codecs) {
            try (info) {
                if (info.getCodec_id().equals("PCMA/8000/1")) {
                    seen = true;
                    assertEquals(0, info.getPriority());
                }
            }
        }
        assertTrue(seen, "PCMA listed, disabled");
        assertEquals(PJ_ENOTFOUND, assertThrows(PjsipException.class,
                () -> pjsua_codec_set_priority("nope", (short) 1)).status());
    }

    /**
     * Each of these fails a PJ_ASSERT_RETURN inside pjsua. A pjlib built with PJ_DEBUG would abort()
     * the JVM there; config_site.h sets PJ_DEBUG 0, so the error return that follows the assert
     * reaches Java as a PjsipException instead.
     */
    @Test
    void failedPjlibAssertionsAreErrorsNotAborts() {
        try (pjsua_acc_info info = new pjsua_acc_info(); pjsua_call_info ci = new pjsua_call_info()) {
            assertEquals(PJ_EINVAL, assertThrows(PjsipException.class, () -> pjsua_acc_get_info(999, info)).status());
            assertThrows(PjsipException.class, () -> pjsua_acc_get_info(-1, info));
            assertThrows(PjsipException.class, () -> pjsua_call_get_info(4000, ci));
            assertThrows(PjsipException.class, () -> pjsua_call_hangup(-5, 0, null, null));
            assertThrows(PjsipException.class, () -> pjsua_acc_add_local(77, false));
        }
    }
}
