package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** pjsua_buddy_* and the presence callbacks, called the way C code calls them, over loopback. */
class RawBuddyTest extends RawPjsua {

    private int account(String user) {
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua_acc_config_default(ac);
            ac.setId("sip:" + user + "@127.0.0.1:" + port(udp));
            loopbackRtp(ac);
            return pjsua_acc_add(ac, false);
        }
    }

    private static int buddy(String uri, int accId) {
        try (pjsua_buddy_config bc = new pjsua_buddy_config()) {
            pjsua_buddy_config_default(bc);
            bc.setUri(uri);
            bc.setAcc_id(accId);
            bc.setSubscribe(true);
            return pjsua_buddy_add(bc);
        }
    }

    @Test
    void theCallbacksAnswerCodeRefusesTheSubscriptionWithItsOwnReason() throws Exception {
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        PjsuaCallbacks.install(new PjsuaCallback() {
            @Override
            public int on_incoming_subscribe(int acc_id, SWIGTYPE_p_pjsua_srv_pres srv_pres, int buddy_id, String from,
                    SWIGTYPE_p_pjsip_rx_data rdata) {
                seen.add("subscribe from " + from + (srv_pres != null && rdata != null ? "" : " without handles"));
                return PJSIP_SC_BUSY_HERE;
            }

            @Override
            public void on_buddy_evsub_state(int buddy_id, SWIGTYPE_p_pjsip_evsub sub, SWIGTYPE_p_pjsip_event event) {
                if (sub == null) {
                    seen.add("evsub state without a subscription");
                }
            }

            @Override
            public void on_buddy_state(int buddy_id) {
                try (pjsua_buddy_info info = new pjsua_buddy_info()) {
                    pjsua_buddy_get_info(buddy_id, info);
                    if (info.getSub_state() == PJSIP_EVSUB_STATE_TERMINATED) {
                        seen.add("terminated " + info.getSub_term_code() + " " + info.getSub_term_reason());
                    }
                }
            }
        });
        account("bob");
        int alice = account("alice");
        String bobUri = "sip:bob@127.0.0.1:" + port(udp);
        int b = buddy(bobUri, alice);

        String subscribe = seen.poll(10, TimeUnit.SECONDS);
        assertTrue(subscribe != null && subscribe.startsWith("subscribe from <sip:alice@127.0.0.1"), subscribe);
        assertEquals("terminated 486 Busy Here", seen.poll(10, TimeUnit.SECONDS));
        assertTrue(pjsua_buddy_is_valid(b));
        assertEquals(b, pjsua_buddy_find(bobUri));
        try (pjsua_buddy_info info = new pjsua_buddy_info()) {
            pjsua_buddy_get_info(b, info);
            assertEquals(bobUri, info.getUri());
            assertEquals(alice, info.getAcc_id());
            assertEquals(PJSUA_BUDDY_STATUS_UNKNOWN, info.getStatus());
        }
        pjsua_buddy_del(b);
        assertFalse(pjsua_buddy_is_valid(b));
    }

    @Test
    void aMalformedBuddyUriIsAPjsipException() {
        assertThrows(PjsipException.class, () -> buddy("not a uri", PJSUA_INVALID_ID));
        assertThrows(IllegalArgumentException.class, () -> buddy("sip:x@127.0.0.1\r\nX: y", PJSUA_INVALID_ID));
        assertEquals(0L, pjsua_get_buddy_count());
    }
}
