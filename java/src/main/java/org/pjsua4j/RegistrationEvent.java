package org.pjsua4j;

/**
 * The outcome of a REGISTER transaction of an account.
 *
 * @param account the account
 * @param status pj_status_t of the transaction: 0 when a final response arrived, an error otherwise
 *        (e.g. a timeout, with {@code statusCode} 408)
 * @param statusCode the SIP status code, received or synthesised by pjsip
 * @param reason the reason phrase
 * @param expiration the registration lifetime the registrar granted, in seconds (0 when unregistered)
 */
public record RegistrationEvent(Account account, int status, int statusCode, String reason, int expiration) {

    /** @return true if the registrar accepted the REGISTER (2xx), including an unregistration */
    public boolean succeeded() {
        return status == 0 && statusCode / 100 == 2;
    }

    /** @return true if the account is registered now: accepted, with a lifetime left */
    public boolean registered() {
        return succeeded() && expiration > 0;
    }
}
