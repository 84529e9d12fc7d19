package org.pjsua4j.raw;

/**
 * pjsua's callbacks ({@code pjsua_callback} in C) for code that uses the raw layer. Override the ones
 * you need; only overridden methods are called up from native code at all.
 *
 * <p>Methods run on pjsip's own thread, as in C, while pjsua may hold locks: return quickly and do not
 * wait for other threads that call pjsua. An exception thrown here is logged (logger
 * {@code org.pjsua4j}) and pjsip carries on. Arguments are plain values copied out of pjsua's
 * structs, so they stay valid after the method returns.
 */
public interface PjsuaCallback {
    /**
     * {@code on_reg_state2}: a registration attempt of the account finished.
     *
     * @param acc_id the account
     * @param status pj_status_t of the transaction ({@code PJ_SUCCESS} when a response came)
     * @param code SIP status code of the response, or the code pjsip synthesised
     * @param reason reason phrase
     * @param expiration registration expiry the registrar granted, in seconds
     * @param contacts the Contact URIs in the registrar's response: every binding of the address of
     *        record, ours and other devices' (empty when there was no response)
     */
    default void on_reg_state2(int acc_id, int status, int code, String reason, int expiration, String[] contacts) {
    }

    /**
     * {@code on_incoming_call}: a new call arrived; answer it with {@code pjsua_call_answer}.
     *
     * @param acc_id the account that received it
     * @param call_id the new call
     */
    default void on_incoming_call(int acc_id, int call_id) {
    }

    /**
     * {@code on_call_state}: the call's invite session state changed; read it with
     * {@code pjsua_call_get_info}.
     *
     * @param call_id the call
     * @param event_type the {@code pjsip_event_id_e} of the event behind the change
     */
    default void on_call_state(int call_id, int event_type) {
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
}
