package org.pjsua4j;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pjsua4j.internal.NoNulls;

/**
 * The outcome of a REGISTER sent for an account: a registration that succeeded (or was refreshed),
 * failed, or ended.
 *
 * @param account the account
 * @param kind what happened
 * @param statusCode the SIP status code of the final response, or pjsip's own 408 (no response) or
 *        503 (transport failure)
 * @param reason the reason phrase
 * @param expiration for {@link Kind#SUCCEEDED}, the lifetime in seconds the registrar granted (which
 *        may be shorter than requested; the account refreshes before it runs out); otherwise 0
 * @param contact the Contact this account registered, as sent; empty unless {@link Kind#SUCCEEDED}
 * @param contacts every Contact URI the registrar returned for the address of record: ours and other
 *        devices' bindings (empty when no response came)
 * @param nextRetry for {@link Kind#FAILED}, when the account will try again, or empty when it will
 *        not (the failure is not temporary, e.g. 401 or 403, or retrying is off)
 * @param status pjlib's status of the transaction: 0 when a response came, else why none did
 */
public record RegistrationEvent(Account account, Kind kind, int statusCode, String reason, int expiration,
        String contact, List<String> contacts, Optional<Instant> nextRetry, int status) {

    /** What a registration event reports, as python-sipsimple names them. */
    public enum Kind {
        /** Registered: the registrar accepted our binding (also sent after each refresh). */
        SUCCEEDED,
        /** The REGISTER failed; {@link #nextRetry()} says whether and when it is retried. */
        FAILED,
        /** Unregistered: the binding is gone (close, {@code setRegistration(false)}, unregisterAll). */
        ENDED
    }

    /** Copies the contact list. */
    public RegistrationEvent {
        contacts = NoNulls.copy("contacts", contacts);
    }

    /** @return true for {@link Kind#SUCCEEDED} */
    public boolean succeeded() {
        return kind == Kind.SUCCEEDED;
    }
}
