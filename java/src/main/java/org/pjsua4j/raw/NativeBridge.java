package org.pjsua4j.raw;

import java.util.List;

/**
 * The Java side of the hand-written native bridge (native/src): its native methods, and the static
 * methods native code calls up into. The callbacks that cross are listed once on each side, in
 * {@link Upcall} and in the C table of native/src/pj4j_callbacks.c, checked against each other at load.
 */
final class NativeBridge {
    /** pjsip's own log lines. */
    static final System.Logger PJSIP_LOG = System.getLogger("org.pjsua4j.pjsip");
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");

    private static volatile PjsuaCallback callback;

    private NativeBridge() {
    }

    static native String nativeVersion();

    static native String pjsipVersion();

    static native void setCallbackMask(int mask);

    /** The {@code pjsua_callback} fields of the C callback table, in its order. */
    static native String[] callbackNames();

    /**
     * Test only (native/src/pj4j_callback_test.c): calls every handler of the C callback table once,
     * in table order, with the synthetic arguments CallbackBridgeTest expects, as pjsua would. Needs
     * {@code pjsua_create}, not {@code pjsua_start}.
     *
     * @param rdata the rx_data handle passed where pjsua passes one through (never read)
     * @param tdata the tx_data handle likewise
     * @param event the pjsip_event handle likewise
     * @return what C got back: {@code on_call_transfer_status}'s {@code *p_cont}, the op
     *         {@code on_call_redirected} returned, and how many upcalls into Java were made
     * @throws PjsipException when pjsua is not created
     */
    static native long[] invokeAllCallbacks(long rdata, long tdata, long event);

    static native void setLogLevel(int pjLevel);

    static native long ownedStringCount();

    /** String arguments too long for the stack buffer that a wrapper copied to the heap and has not freed yet. */
    static native long argumentCopyCount();

    static void install(PjsuaCallback cb) {
        callback = cb;
        setCallbackMask(cb == null ? 0 : Upcall.maskOf(cb));
    }

    /** The callback installed last; bench/java's timing wrapper stands in front of the facade's with it. */
    static PjsuaCallback installed() {
        return callback;
    }

    static void applyLogLevel() {
        setLogLevel(currentLogLevel());
    }

    static int currentLogLevel() {
        return pjLevelFor(PJSIP_LOG);
    }

    /** The most detailed pjlib level (0..6) whose lines the logger would keep. */
    static int pjLevelFor(System.Logger logger) {
        for (int level = 6; level > 0; level--) {
            if (logger.isLoggable(javaLevel(level))) {
                return level;
            }
        }
        return 0;
    }

    static System.Logger.Level javaLevel(int pjLevel) {
        switch (pjLevel) {
            case 0:
            case 1:
                return System.Logger.Level.ERROR;
            case 2:
                return System.Logger.Level.WARNING;
            case 3:
                // pjsip's level 3 is its everyday chatter (every transaction, media start, the call
                // statistics dump at hangup): DEBUG, so a program at the default level hears only
                // pjsip's warnings and errors.
                return System.Logger.Level.DEBUG;
            default:
                return System.Logger.Level.TRACE;
        }
    }

    // Upcalls from native/src/pj4j_callbacks.c and pj4j_log.c, on pjsip's threads.

    static void onRegState(int accId, int status, int code, byte[] reason, int expiration, byte[][] contacts,
            byte[] contact, int retryAfter, boolean renew) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            String[] uris = new String[contacts.length];
            for (int i = 0; i < uris.length; i++) {
                uris[i] = Utf8.decode(contacts[i]);
            }
            cb.on_reg_state2(accId, new RegState(status, code, Utf8.decode(reason), expiration, List.of(uris),
                    Utf8.decode(contact), retryAfter, renew));
        }
    }

    static void onIncomingCall(int accId, int callId, long rdata) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            SWIGTYPE_p_pjsip_rx_data rx = new SWIGTYPE_p_pjsip_rx_data(rdata, false);
            cb.on_incoming_call(accId, callId, rx);
        }
    }

    static void onAccSendRequest(int accId, long token, int code, byte[] reason) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_acc_send_request(accId, token, code, Utf8.decode(reason));
        }
    }

    static void onCallState(int callId, long event) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_call_state(callId, event == 0 ? null : new SWIGTYPE_p_pjsip_event(event, false));
        }
    }

    static boolean onCallTransferStatus(int callId, int code, byte[] text, boolean isFinal) {
        PjsuaCallback cb = callback;
        return cb == null || cb.on_call_transfer_status(callId, code, Utf8.decode(text), isFinal);
    }

    static int onCallRedirected(int callId, byte[] target, long event) {
        PjsuaCallback cb = callback;
        if (cb == null) {
            return pjsua.PJSIP_REDIRECT_STOP;
        }
        return cb.on_call_redirected(callId, Utf8.decode(target),
                event == 0 ? null : new SWIGTYPE_p_pjsip_event(event, false));
    }

    static void onCallReplaced(int oldCallId, int newCallId) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_call_replaced(oldCallId, newCallId);
        }
    }

    static void onPager(int callId, byte[] from, byte[] to, byte[] contact, byte[] mimeType, byte[] body,
            long rdata, int accId) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_pager2(callId, Utf8.decode(from), Utf8.decode(to), Utf8.decode(contact), Utf8.decode(mimeType),
                    Utf8.decode(body), rdata == 0 ? null : new SWIGTYPE_p_pjsip_rx_data(rdata, false), accId);
        }
    }

    static void onPagerStatus(int callId, byte[] to, byte[] body, long userData, int status, byte[] reason,
            long tdata, long rdata, int accId) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_pager_status2(callId, Utf8.decode(to), Utf8.decode(body), userData, status, Utf8.decode(reason),
                    tdata == 0 ? null : new SWIGTYPE_p_pjsip_tx_data(tdata, false),
                    rdata == 0 ? null : new SWIGTYPE_p_pjsip_rx_data(rdata, false), accId);
        }
    }

    static void onCallMediaState(int callId) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_call_media_state(callId);
        }
    }

    static void onDtmfDigit(int callId, int digit, int method, int duration) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_dtmf_digit2(callId, (char) digit, method, duration);
        }
    }

    static int onIncomingSubscribe(int accId, long srvPres, int buddyId, byte[] from, long rdata) {
        PjsuaCallback cb = callback;
        if (cb == null) {
            return 200;
        }
        return cb.on_incoming_subscribe(accId, srvPres == 0 ? null : new SWIGTYPE_p_pjsua_srv_pres(srvPres, false),
                buddyId, Utf8.decode(from), rdata == 0 ? null : new SWIGTYPE_p_pjsip_rx_data(rdata, false));
    }

    static void onBuddyState(int buddyId) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_buddy_state(buddyId);
        }
    }

    static void onBuddyEvsubState(int buddyId, long sub, long event) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_buddy_evsub_state(buddyId, sub == 0 ? null : new SWIGTYPE_p_pjsip_evsub(sub, false),
                    event == 0 ? null : new SWIGTYPE_p_pjsip_event(event, false));
        }
    }

    static void onMwiInfo(int accId, long evsub, long rdata, byte[] mimeType, byte[] body) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_mwi_info(accId, evsub == 0 ? null : new SWIGTYPE_p_pjsip_evsub(evsub, false),
                    rdata == 0 ? null : new SWIGTYPE_p_pjsip_rx_data(rdata, false), Utf8.decode(mimeType),
                    Utf8.decode(body));
        }
    }

    static void onCallTsxState(int callId, byte[] method, boolean uac, int state, int prevState, int cseq,
            int code, byte[] reason, long rdata) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_call_tsx_state(callId, Utf8.decode(method), uac, state, prevState, cseq, code, Utf8.decode(reason),
                    rdata == 0 ? null : new SWIGTYPE_p_pjsip_rx_data(rdata, false));
        }
    }

    static void onAccRegState(int accId) {
        PjsuaCallback cb = callback;
        if (cb != null) {
            cb.on_reg_state(accId);
        }
    }

    static void onLog(int level, byte[] text) {
        PJSIP_LOG.log(javaLevel(level), Utf8.decode(text));
    }

    static void reportUpcallFailure(String callbackName, Throwable thrown) {
        LOG.log(System.Logger.Level.ERROR, "PjsuaCallback." + callbackName + " threw; pjsip carries on", thrown);
    }
}
