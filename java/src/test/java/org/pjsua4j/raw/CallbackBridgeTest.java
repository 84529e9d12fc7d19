package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;
import static org.pjsua4j.raw.pjsua.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The callback bridge without a network: NativeBridge.invokeAllCallbacks (native/src/pj4j_callback_test.c)
 * fires every handler of the C table with synthetic arguments; each must reach the installed
 * PjsuaCallback with exactly those values, and what Java returns must reach C.
 */
class CallbackBridgeTest {
    /** Handles C passes through unread where pjsua passes its own. */
    private static final long RDATA = 0x7e57_0001L;
    private static final long TDATA = 0x7e57_0002L;
    private static final long EVENT = 0x7e57_0003L;
    private static final long EVSUB = 0x7e57_0004L;

    private static final Logger OURS = Logger.getLogger("org.pjsua4j");
    private static final List<LogRecord> reports = new ArrayList<>();
    private static final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (reports) {
                reports.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void createPjsua() {
        pjsua_create();
        OURS.addHandler(capture);
        OURS.setUseParentHandlers(false);
    }

    @AfterAll
    static void destroyPjsua() {
        OURS.setUseParentHandlers(true);
        OURS.removeHandler(capture);
        // There is no network to wait for: plain pjsua_destroy would sleep a second for unregistrations.
        pjsua_destroy2(PJSUA_DESTROY_NO_NETWORK);
    }

    @AfterEach
    void uninstall() {
        PjsuaCallbacks.install(null);
        synchronized (reports) {
            reports.clear();
        }
    }

    /** Every callback, recording its arguments (opaque handles as their addresses). */
    static class Recorder implements PjsuaCallback {
        final Map<String, List<Object>> calls = new LinkedHashMap<>();

        void record(String callback, Object... args) {
            if (calls.put(callback, Arrays.asList(args)) != null) {
                fail(callback + " arrived twice");
            }
        }

        @Override
        public void on_reg_state2(int acc_id, RegState info) {
            record("on_reg_state2", acc_id, info);
        }

        @Override
        public void on_incoming_call(int acc_id, int call_id, SWIGTYPE_p_pjsip_rx_data rdata) {
            record("on_incoming_call", acc_id, call_id, SWIGTYPE_p_pjsip_rx_data.getCPtr(rdata));
        }

        @Override
        public void on_call_state(int call_id, SWIGTYPE_p_pjsip_event e) {
            record("on_call_state", call_id, SWIGTYPE_p_pjsip_event.getCPtr(e));
        }

        @Override
        public void on_call_media_state(int call_id) {
            record("on_call_media_state", call_id);
        }

        @Override
        public void on_dtmf_digit2(int call_id, char digit, int method, int duration) {
            record("on_dtmf_digit2", call_id, digit, method, duration);
        }

        @Override
        public void on_acc_send_request(int acc_id, long token, int code, String reason) {
            record("on_acc_send_request", acc_id, token, code, reason);
        }

        @Override
        public boolean on_call_transfer_status(int call_id, int st_code, String st_text, boolean is_final) {
            record("on_call_transfer_status", call_id, st_code, st_text, is_final);
            return false;
        }

        @Override
        public int on_call_redirected(int call_id, String target, SWIGTYPE_p_pjsip_event e) {
            record("on_call_redirected", call_id, target, SWIGTYPE_p_pjsip_event.getCPtr(e));
            return PJSIP_REDIRECT_ACCEPT_REPLACE;
        }

        @Override
        public void on_call_replaced(int old_call_id, int new_call_id) {
            record("on_call_replaced", old_call_id, new_call_id);
        }

        @Override
        public void on_pager2(int call_id, String from, String to, String contact, String mime_type, String body,
                SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
            record("on_pager2", call_id, from, to, contact, mime_type, body, SWIGTYPE_p_pjsip_rx_data.getCPtr(rdata),
                    acc_id);
        }

        @Override
        public void on_pager_status2(int call_id, String to, String body, long user_data, int status, String reason,
                SWIGTYPE_p_pjsip_tx_data tdata, SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
            record("on_pager_status2", call_id, to, body, user_data, status, reason,
                    SWIGTYPE_p_pjsip_tx_data.getCPtr(tdata), rdata, acc_id);
        }

        @Override
        public int on_incoming_subscribe(int acc_id, SWIGTYPE_p_pjsua_srv_pres srv_pres, int buddy_id, String from,
                SWIGTYPE_p_pjsip_rx_data rdata) {
            record("on_incoming_subscribe", acc_id, srv_pres, buddy_id, from, SWIGTYPE_p_pjsip_rx_data.getCPtr(rdata));
            return PJSIP_SC_BUSY_HERE;
        }

        @Override
        public void on_buddy_state(int buddy_id) {
            record("on_buddy_state", buddy_id);
        }

        @Override
        public void on_buddy_evsub_state(int buddy_id, SWIGTYPE_p_pjsip_evsub sub, SWIGTYPE_p_pjsip_event event) {
            record("on_buddy_evsub_state", buddy_id, SWIGTYPE_p_pjsip_evsub.getCPtr(sub),
                    SWIGTYPE_p_pjsip_event.getCPtr(event));
        }

        @Override
        public void on_mwi_info(int acc_id, SWIGTYPE_p_pjsip_evsub evsub, SWIGTYPE_p_pjsip_rx_data rdata,
                String mime_type, String body) {
            // The NOTIFY is one C built: only whether there is one can be known here.
            record("on_mwi_info/" + acc_id, SWIGTYPE_p_pjsip_evsub.getCPtr(evsub), rdata != null, mime_type, body);
        }

        @Override
        public void on_call_tsx_state(int call_id, String method, boolean uac, int state, int prev_state, int cseq,
                int code, String reason, SWIGTYPE_p_pjsip_rx_data rdata) {
            record("on_call_tsx_state", call_id, method, uac, state, prev_state, cseq, code, reason,
                    SWIGTYPE_p_pjsip_rx_data.getCPtr(rdata));
        }

        @Override
        public void on_reg_state(int acc_id) {
            record("on_reg_state", acc_id);
        }
    }

    /** The synthetic arguments of pj4j_callback_test.c, as Java must receive them. */
    private static Map<String, List<Object>> expectedCalls() {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        m.put("on_reg_state2", List.of(3, new RegState(PJ_ETIMEDOUT, 503, "Überlastet", 600,
                List.of("\"Zoë\" <sip:zoe@127.0.0.1:5062;transport=tcp>", "sip:zoe@[::1]:5064;ob"), "", 120, true)));
        m.put("on_incoming_call", List.of(1, 2, RDATA));
        m.put("on_call_state", List.of(2, EVENT));
        m.put("on_call_media_state", List.of(2));
        m.put("on_dtmf_digit2", List.of(2, '#', PJSUA_DTMF_METHOD_SIP_INFO, 160));
        m.put("on_acc_send_request", List.of(1, 0x5eedL, 408, "Zeitüberschreitung"));
        m.put("on_call_transfer_status", List.of(2, 180, "Ringing", false));
        m.put("on_call_redirected", List.of(2, "sip:bob@example.org;user=phone", EVENT));
        m.put("on_call_replaced", List.of(2, 4));
        m.put("on_pager2", List.of(PJSUA_INVALID_ID, "\"Zoë\" <sip:zoe@127.0.0.1>", "<sip:bob@127.0.0.1>", "",
                "text/plain", "Grüße 👋", RDATA, 1));
        m.put("on_pager_status2", Arrays.asList(2, "<sip:bob@127.0.0.1>", "", 77L, PJSIP_SC_ACCEPTED, "Accepted",
                TDATA, null, 1));
        m.put("on_incoming_subscribe", Arrays.asList(1, null, 5, "\"Zoë\" <sip:zoe@127.0.0.1>", RDATA));
        m.put("on_buddy_state", List.of(5));
        m.put("on_buddy_evsub_state", List.of(5, EVSUB, EVENT));
        m.put("on_mwi_info/1", List.of(EVSUB, true, "application/simple-message-summary",
                "Messages-Waiting: yes\r\nVoice-Message: 2/8 (1/0)\r\n"));
        m.put("on_mwi_info/2", List.of(0L, false, "", ""));
        m.put("on_call_tsx_state", List.of(2, "INVITE", true, PJSIP_TSX_STATE_COMPLETED, PJSIP_TSX_STATE_CALLING, 4711, 408,
                "Zeitüberschreitung",
                RDATA));
        m.put("on_reg_state", List.of(3));
        return m;
    }

    /** What C got back. */
    private record Returned(boolean cont, int redirectOp, int subscribeCode, int upcalls) {
        static Returned fire() {
            long[] r = NativeBridge.invokeAllCallbacks(RDATA, TDATA, EVENT);
            assertEquals(4, r.length);
            return new Returned(r[0] != 0, (int) r[1], (int) r[2], (int) r[3]);
        }
    }

    @Test
    void everyCallbackArrivesOnceWithTheExactValues() {
        Recorder recorder = new Recorder();
        PjsuaCallbacks.install(recorder);
        Returned back = Returned.fire();

        Map<String, List<Object>> expected = expectedCalls();
        assertEquals(Upcall.callbackNames(), expected.keySet().stream().map(k -> k.replaceFirst("/.*", "")).distinct()
                .toList(), "the test covers every callback");
        assertEquals(expected, recorder.calls);
        assertEquals(new Returned(false, PJSIP_REDIRECT_ACCEPT_REPLACE, PJSIP_SC_BUSY_HERE, expected.size()), back);
        assertEquals(List.of(), reports);
    }

    @Test
    void aCallbackThatIsNotOverriddenIsNotCalledUp() {
        List<String> arrived = new ArrayList<>();
        PjsuaCallbacks.install(new PjsuaCallback() {
            @Override
            public void on_call_state(int call_id, SWIGTYPE_p_pjsip_event e) {
                arrived.add("on_call_state");
            }

            @Override
            public void on_pager2(int call_id, String from, String to, String contact, String mime_type, String body,
                    SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
                arrived.add("on_pager2");
            }
        });
        Returned back = Returned.fire();

        assertEquals(List.of("on_call_state", "on_pager2"), arrived);
        // pjsua's p_cont stays as pjsua set it; a redirect stops, as in pjsua without the callback.
        assertEquals(new Returned(true, PJSIP_REDIRECT_STOP, PJSIP_SC_OK, 2), back);
    }

    @Test
    void nothingIsCalledUpWithoutACallback() {
        assertEquals(new Returned(true, PJSIP_REDIRECT_STOP, PJSIP_SC_OK, 0), Returned.fire());
    }

    @Test
    void anExceptionIsReportedTheNextCallbackStillArrivesAndCGetsTheSafeDefault() {
        RuntimeException boom = new IllegalStateException("boom");
        Recorder recorder = new Recorder() {
            @Override
            public void on_reg_state2(int acc_id, RegState info) {
                throw boom;
            }

            @Override
            public boolean on_call_transfer_status(int call_id, int st_code, String st_text, boolean is_final) {
                super.on_call_transfer_status(call_id, st_code, st_text, is_final);
                throw boom;
            }

            @Override
            public int on_call_redirected(int call_id, String target, SWIGTYPE_p_pjsip_event e) {
                super.on_call_redirected(call_id, target, e);
                throw boom;
            }
        };
        PjsuaCallbacks.install(recorder);
        Returned back = Returned.fire();

        Map<String, List<Object>> expected = expectedCalls();
        expected.remove("on_reg_state2");
        assertEquals(expected, recorder.calls, "every callback after a throwing one still arrives");
        assertEquals(new Returned(true, PJSIP_REDIRECT_STOP, PJSIP_SC_BUSY_HERE, expected.size() + 1), back);
        List<String> reported = new ArrayList<>();
        for (LogRecord r : reports) {
            assertSame(boom, r.getThrown());
            reported.add(r.getMessage());
        }
        assertEquals(List.of("PjsuaCallback.on_reg_state2 threw; pjsip carries on",
                "PjsuaCallback.on_call_transfer_status threw; pjsip carries on",
                "PjsuaCallback.on_call_redirected threw; pjsip carries on"), reported);
    }
}
