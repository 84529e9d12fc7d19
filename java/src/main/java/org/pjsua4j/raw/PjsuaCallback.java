package org.pjsua4j.raw;

/**
 * pjsua's callbacks ({@code pjsua_callback} in C) for code that uses the raw layer. Override the ones
 * you need; only overridden methods are called up from native code at all.
 *
 * <p>Methods run on pjsip's own thread, as in C, while pjsua may hold locks: return quickly and do not
 * wait for other threads that call pjsua. An exception thrown here is logged (logger
 * {@code org.pjsua4j}) and pjsip carries on. Arguments are plain values copied out of pjsua's
 * structs, so they stay valid after the method returns, except a {@code pjsip_rx_data} handle, which
 * is valid only during the call, as in C.
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
}
