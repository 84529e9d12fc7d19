package org.pjsua4j;

import java.util.List;

/**
 * The outcome of a REGISTER transaction of an account.
 *
 * @param account the account
 * @param status pj_status_t of the transaction: 0 when a final response arrived, an error otherwise
 *        (e.g. a timeout, with {@code statusCode} 408)
 * @param statusCode the SIP status code, received or synthesised by pjsip
 * @param reason the reason phrase
 * @param expiration the registration lifetime the registrar granted, in seconds (0 when unregistered)
 * @param contacts every Contact the registrar listed for the address of record (ours and other
 *        devices'), empty when no response arrived
 */
public record RegistrationEvent(Account account, int status, int statusCode, String reason, int expiration,
        List<String> contacts) {

    /**
     * @throws NullPointerException if contacts is null
     */
    public RegistrationEvent {
        contacts = List.copyOf(contacts);
    }

    /** @return true if the registrar accepted the REGISTER (2xx), including an unregistration */
    public boolean succeeded() {
        return status == 0 && statusCode / 100 == 2;
    }

    /** @return true if the account is registered now: accepted, with a lifetime left */
    public boolean registered() {
        return succeeded() && expiration > 0;
    }
}
