package org.pjsua4j.raw;

/**
 * pjsua's callbacks ({@code pjsua_callback} in C) for code that uses the raw layer. Override the ones
 * you need; only overridden methods are called up from native code at all.
 *
 * <p>Methods run on pjsip's own thread, as in C, while pjsua may hold locks: return quickly and do not
 * wait for other threads that call pjsua. An exception thrown here is logged (logger
 * {@code org.pjsua4j}) and pjsip carries on. Arguments are plain values copied out of pjsua's
 * structs, so they stay valid after the method returns, except {@code pjsip_rx_data},
 * {@code pjsip_tx_data} and {@code pjsip_event} handles, which are valid only during the call, as in C
 * (read an event with {@code pj4j_event_type}, {@code pj4j_event_rdata}, {@code pj4j_event_from_remote}
 * and a received message with {@code pj4j_rdata_text}).
 */
public interface PjsuaCallback {
    /**
     * {@code on_reg_state2}: a registration or unregistration of the account finished.
     *
     * @param acc_id the account
     * @param info what {@code pjsua_reg_info} and its {@code cbparam} carry
     */
    default void on_reg_state2(int acc_id, RegState info) {
    }

    /**
     * {@code on_incoming_call}: a new call arrived; answer it with {@code pjsua_call_answer}.
     *
     * @param acc_id the account that received it
     * @param call_id the new call
     * @param rdata the INVITE, for {@code pjsua_acc_find_for_incoming} or
     *        {@code pjsua_acc_create_uas_contact}; valid only until this method returns
     */
    default void on_incoming_call(int acc_id, int call_id, SWIGTYPE_p_pjsip_rx_data rdata) {
    }

    /**
     * {@code on_call_state}: the call's invite session state changed; read it with
     * {@code pjsua_call_get_info}.
     *
     * @param call_id the call
     * @param e the event behind the change (may be null), valid only until this method returns
     */
    default void on_call_state(int call_id, SWIGTYPE_p_pjsip_event e) {
    }

    /**
     * {@code on_call_media_state}: the call's media changed (e.g. became active); connect its
     * conference port here.
     *
     * @param call_id the call
     */
    default void on_call_media_state(int call_id) {
    }

    /**
     * {@code on_dtmf_digit2}: a DTMF digit was received.
     *
     * @param call_id the call
     * @param digit the digit, e.g. '5', '#', 'A'
     * @param method {@code pjsua_dtmf_method}: RFC 2833 or SIP INFO
     * @param duration duration in milliseconds, when known
     */
    default void on_dtmf_digit2(int call_id, char digit, int method, int duration) {
    }

    /**
     * {@code on_acc_send_request}: a request sent with {@code pjsua_acc_send_request} (or
     * {@code pj4j_acc_unregister_all}) got its final response, or failed.
     *
     * @param acc_id the account that sent it
     * @param token the token it was sent with
     * @param code the final SIP status code (pjsip's own 408/503 on timeout or transport failure)
     * @param reason the reason phrase
     */
    default void on_acc_send_request(int acc_id, long token, int code, String reason) {
    }

    /**
     * {@code on_call_transfer_status}: progress of a transfer (REFER) this call sent, from the NOTIFYs
     * of the transferee (e.g. 100 Trying, 200 OK once the transferred call is answered).
     *
     * @param call_id the transferring call
     * @param st_code the status of the transferred call (or of the REFER itself)
     * @param st_text its reason phrase
     * @param is_final whether this is the last report
     * @return C's {@code *p_cont}: true to keep receiving reports
     */
    default boolean on_call_transfer_status(int call_id, int st_code, String st_text, boolean is_final) {
        return true;
    }

    /**
     * {@code on_call_redirected}: a 3xx response offers {@code target}. Without an override the call
     * stops there, as in pjsua without this callback.
     *
     * @param call_id the call
     * @param target one Contact URI of the 3xx
     * @param e the event carrying the response, valid only until this method returns
     * @return a {@code pjsip_redirect_op}: {@code PJSIP_REDIRECT_ACCEPT}, {@code _ACCEPT_REPLACE},
     *         {@code _REJECT}, {@code _STOP}, or {@code _PENDING} and a later
     *         {@code pjsua_call_process_redirect}
     */
    default int on_call_redirected(int call_id, String target, SWIGTYPE_p_pjsip_event e) {
        return pjsua.PJSIP_REDIRECT_STOP;
    }

    /**
     * {@code on_call_replaced}: an INVITE with Replaces (attended transfer) replaced an existing call;
     * pjsua ends the old call and goes on with the new one.
     *
     * @param old_call_id the replaced call
     * @param new_call_id the call replacing it
     */
    default void on_call_replaced(int old_call_id, int new_call_id) {
    }

    /**
     * {@code on_pager2}: an instant message (SIP MESSAGE) arrived.
     *
     * @param call_id the call whose dialog it arrived in, or {@code PJSUA_INVALID_ID}
     * @param from the sender's URI (From header)
     * @param to the To header
     * @param contact the sender's Contact, if any
     * @param mime_type the body's type, e.g. {@code text/plain}
     * @param body the message
     * @param rdata the MESSAGE request, valid only until this method returns
     * @param acc_id the account it is for
     */
    default void on_pager2(int call_id, String from, String to, String contact, String mime_type, String body,
            SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
    }

    /**
     * {@code on_pager_status2}: the outcome of a MESSAGE sent with {@code pjsua_im_send} or
     * {@code pjsua_call_send_im}.
     *
     * @param call_id the call it was sent in, or {@code PJSUA_INVALID_ID}
     * @param to the destination URI
     * @param body the message
     * @param user_data the value it was sent with
     * @param status the final SIP status (pjsip's own 408/503 on timeout or transport failure)
     * @param reason its reason phrase
     * @param tdata the request, valid only until this method returns
     * @param rdata the response, or null when there was none
     * @param acc_id the account that sent it
     */
    default void on_pager_status2(int call_id, String to, String body, long user_data, int status, String reason,
            SWIGTYPE_p_pjsip_tx_data tdata, SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
    }

    /**
     * {@code on_incoming_subscribe}: a SUBSCRIBE for the account's presence arrived. The answer is
     * the status pjsua responds with: a 2xx accepts (200 sends the first NOTIFY at once; 202 leaves
     * the subscription pending until {@code pjsua_pres_notify}), 300 to 699 rejects. Anything else,
     * or an exception, keeps pjsua's default, 200. The reason phrase is the code's standard one.
     *
     * @param acc_id the account subscribed to
     * @param srv_pres the server subscription, for {@code pjsua_pres_notify}
     * @param buddy_id the buddy whose URI matches the watcher's, or {@code PJSUA_INVALID_ID}
     * @param from the watcher (the dialog's remote info: From, display name included)
     * @param rdata the SUBSCRIBE, valid only until this method returns
     * @return the status to answer with; the default is 200
     */
    default int on_incoming_subscribe(int acc_id, SWIGTYPE_p_pjsua_srv_pres srv_pres, int buddy_id, String from,
            SWIGTYPE_p_pjsip_rx_data rdata) {
        return 200;
    }

    /**
     * {@code on_buddy_state}: the buddy's presence or subscription state changed; read it with
     * {@code pjsua_buddy_get_info}.
     *
     * @param buddy_id the buddy
     */
    default void on_buddy_state(int buddy_id) {
    }

    /**
     * {@code on_buddy_evsub_state}: the buddy's presence subscription changed state (called just
     * before {@link #on_buddy_state}).
     *
     * @param buddy_id the buddy
     * @param sub the subscription, for {@code pjsip_evsub_get_state}; valid only until this method returns
     * @param event the event behind the change (may be null), valid only until this method returns
     */
    default void on_buddy_evsub_state(int buddy_id, SWIGTYPE_p_pjsip_evsub sub, SWIGTYPE_p_pjsip_event event) {
    }

    /**
     * {@code on_mwi_info}: a NOTIFY for message summary (RFC 3842) arrived, in the account's MWI
     * subscription or unsolicited; pjsua has answered it 200.
     *
     * @param acc_id the account it is for
     * @param evsub the MWI subscription, or null for an unsolicited NOTIFY; valid only until this
     *        method returns
     * @param rdata the NOTIFY, valid only until this method returns
     * @param mime_type the body's media type, e.g. {@code application/simple-message-summary}, or
     *        empty without a body
     * @param body the body, or empty
     */
    default void on_mwi_info(int acc_id, SWIGTYPE_p_pjsip_evsub evsub, SWIGTYPE_p_pjsip_rx_data rdata,
            String mime_type, String body) {
    }

    /**
     * {@code on_call_tsx_state}: a transaction of the call changed state: a request arrived in the
     * call's dialog (UAS), a request the call sent was answered (UAC), and their later states. The
     * transaction's fields are copied out; a request's final answer is the report whose {@code state}
     * is {@code PJSIP_TSX_STATE_COMPLETED} or later and whose {@code prev_state} is earlier: the
     * terminated and destroyed reports that follow repeat its {@code code}.
     *
     * @param call_id the call
     * @param method the request's method, e.g. {@code INVITE}, {@code UPDATE}, {@code REFER}
     * @param uac true for a request the call sent, false for one it received
     * @param state the transaction's {@code pjsip_tsx_state_e}, e.g. {@code PJSIP_TSX_STATE_COMPLETED}
     * @param prev_state its state before this change (the event's {@code body.tsx_state.prev_state})
     * @param cseq the request's CSeq number, which tells whose request it is: {@code pj4j_call_set_hold},
     *        {@code pj4j_call_reinvite} and {@code pj4j_call_update} return the one they sent
     * @param code the transaction's last status code, 0 before any
     * @param reason its reason phrase
     * @param rdata the message that caused the change (a request for UAS, a response for UAC), or
     *        null when a timer or a message we sent did; valid only until this method returns
     */
    default void on_call_tsx_state(int call_id, String method, boolean uac, int state, int prev_state, int cseq,
            int code, String reason, SWIGTYPE_p_pjsip_rx_data rdata) {
    }

    /**
     * {@code on_reg_state}: the older registration callback, with the account only; pjsua calls it
     * right before {@link #on_reg_state2} for the same outcome. Read the state with
     * {@code pjsua_acc_get_info}.
     *
     * @param acc_id the account
     */
    default void on_reg_state(int acc_id) {
    }
}
