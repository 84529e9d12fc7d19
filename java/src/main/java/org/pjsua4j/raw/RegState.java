package org.pjsua4j.raw;

import java.util.List;

/**
 * What {@code on_reg_state2} reports: the fields of {@code pjsua_reg_info} and its
 * {@code pjsip_regc_cbparam}, copied out, plus two values C code would dig out of the response.
 *
 * @param status pj_status_t of the transaction ({@code PJ_SUCCESS} when a response came)
 * @param code SIP status code of the response, or the one pjsip synthesised (408 on timeout, 503 on a
 *        transport failure)
 * @param reason reason phrase
 * @param expiration registration lifetime the registrar granted, in seconds
 * @param contacts the Contact URIs in the registrar's response: every binding of the address of
 *        record, ours and other devices' (empty when there was no response)
 * @param contact the Contact this account registers (empty when the registration failed)
 * @param retryAfter seconds from the response's Retry-After header, or -1 when it had none
 * @param renew {@code pjsua_reg_info.renew}: false when this was an unregistration
 */
public record RegState(int status, int code, String reason, int expiration, List<String> contacts, String contact,
        int retryAfter, boolean renew) {
    /** Copies the contact list. */
    public RegState {
        contacts = List.copyOf(contacts);
    }
}
