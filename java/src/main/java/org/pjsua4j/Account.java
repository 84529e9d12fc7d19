package org.pjsua4j;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.pjsua4j.raw.PjsipException;

/**
 * A SIP account of an {@link Endpoint}. The endpoint owns it: dropping the reference does not remove
 * it, {@link #close()} or closing the endpoint does. Calls made from or to the account belong to it
 * and are hung up when it closes. Methods may be called from any thread.
 *
 * <p>Registration: an account with a registrar registers when added, refreshes before the granted
 * lifetime runs out, retries temporary failures on its own schedule (see
 * {@link RegistrationConfig.Builder#retry}) and unregisters on {@link #close()}. Each outcome is a
 * {@link RegistrationEvent} for the {@link AccountListener}.
 *
 * <p>Accounts are made by {@link Endpoint#addAccount} and {@link Endpoint#addLocalAccount}; pjsua4j
 * implements this interface, applications do not.
 */
public interface Account extends AutoCloseable {
    /** @return pjsua's account id */
    int id();

    /** @return the account's SIP URI */
    String uri();

    /**
     * @return the configuration it was added (or last updated) with, or null for a local account
     *         added without one
     */
    AccountConfig config();

    /** @return true until the account or its endpoint is closed */
    boolean isOpen();

    /**
     * @return pjsua's view of the account now: registration status, expiry, presence
     * @throws IllegalStateException if closed
     */
    AccountInfo info();

    /**
     * @return true if this is the endpoint's default account
     * @throws IllegalStateException if closed
     */
    boolean isDefault();

    /**
     * Makes this the account used for requests no other account matches.
     *
     * @throws IllegalStateException if closed
     */
    void setDefault();

    /**
     * Replaces the account's configuration ({@code pjsua_acc_modify}); a changed registrar or
     * credentials re-register.
     *
     * @param newConfig the new configuration
     * @throws IllegalArgumentException if a URI in it is malformed, or it has a registrar for a local
     *         account
     * @throws IllegalStateException if closed, or a local account added without a configuration
     */
    void update(AccountConfig newConfig);

    /**
     * Sends all the account's requests through {@code transport} ({@code pjsua_acc_set_transport}).
     *
     * @param transport one of the endpoint's transports
     * @throws IllegalStateException if closed
     */
    void setTransport(Transport transport);

    /**
     * @return a future completed with the outcome of the account's first REGISTER (success or failure),
     *         on the account's event thread after its listener saw it; never completed for an account
     *         without a registrar
     */
    CompletableFuture<RegistrationEvent> registration();

    /**
     * Sends a REGISTER now (renewing the registration), or unregisters (Expires: 0) with
     * {@code false}. Either cancels a scheduled retry. The outcome arrives as
     * {@link AccountListener#onRegistration}.
     *
     * @param register true to register or renew, false to unregister
     * @return completed with the next outcome pjsua reports for the account (normally this
     *         request's: {@link RegistrationEvent.Kind#SUCCEEDED}, {@link RegistrationEvent.Kind#ENDED}
     *         or {@link RegistrationEvent.Kind#FAILED}), after the listener saw it
     * @throws PjsipException if the account has no registrar, or is not registered when unregistering
     * @throws IllegalStateException if closed
     */
    CompletableFuture<RegistrationEvent> setRegistration(boolean register);

    /**
     * Removes every binding of the account's address of record at the registrar, other devices'
     * included (REGISTER with {@code Contact: *} and {@code Expires: 0}). The account's own
     * registration ends too and is not refreshed; {@link #setRegistration(boolean)} registers again.
     *
     * @return completed with the outcome ({@link RegistrationEvent.Kind#ENDED} or
     *         {@link RegistrationEvent.Kind#FAILED}), after the listener saw it
     * @throws PjsipException if the account has no registrar
     * @throws IllegalStateException if closed
     */
    CompletableFuture<RegistrationEvent> unregisterAll();

    /**
     * Sends an out-of-dialog request from this account ({@code pjsua_acc_send_request}), e.g.
     * OPTIONS to check that a peer is alive.
     *
     * @param method the SIP method, e.g. "OPTIONS"
     * @param target the request URI
     * @return completed with the final status, on the account's event thread
     * @throws IllegalArgumentException if target is not a valid SIP URI or method is not a SIP token
     * @throws IllegalStateException if closed
     */
    CompletableFuture<SipStatus> sendRequest(String method, String target);

    /**
     * Sends an instant message (SIP MESSAGE, RFC 3428) outside any call.
     *
     * @param to the recipient's SIP URI
     * @param text the message, sent as text/plain: at most
     *        2048 bytes in UTF-8, no NUL
     * @return completed with the recipient's final status (or pjsip's 408/503 when none came), on the
     *         account's event thread
     * @throws IllegalArgumentException if to is not a valid SIP URI, or text is too long or holds NUL
     * @throws IllegalStateException if closed
     */
    CompletableFuture<SipStatus> sendMessage(String to, String text);

    /**
     * Sets the presence status the account advertises to subscribers and, with
     * {@link AccountConfig.Builder#publish publish} on, PUBLISHes.
     *
     * @param online online or offline
     * @param note a note, e.g. "In a meeting", or null for none; one line of at most
     *        1024 bytes
     * @throws IllegalArgumentException if note is not such a line
     * @throws IllegalStateException if closed
     */
    void setOnlineStatus(boolean online, String note);

    /**
     * Sets the presence status, with an RPID activity such as {@link PresenceActivity#BUSY}, that
     * the account advertises to its watchers (each gets a NOTIFY) and, with
     * {@link AccountConfig.Builder#publish publish} on, PUBLISHes.
     *
     * @param online online or offline
     * @param activity what the user is doing
     * @param note a note, e.g. "In a meeting", or null for none; one line of at most 1024 bytes
     * @throws IllegalArgumentException if note is not such a line
     * @throws IllegalStateException if closed
     */
    void setOnlineStatus(boolean online, PresenceActivity activity, String note);

    /**
     * Subscribes to the presence of {@code uri} from this account. The SUBSCRIBE leaves at once;
     * its answer and every NOTIFY arrive as {@link BuddyListener#onPresence}.
     *
     * @param uri the buddy's SIP URI
     * @param listener receives the buddy's presence
     * @return the buddy, owned by this account
     * @throws IllegalArgumentException if uri is not a valid SIP URI of at most 256 bytes on one line
     * @throws PjsipException if pjsua cannot add it (its list of {@code PJSUA_MAX_BUDDIES} buddies,
     *         for all accounts, is full)
     * @throws IllegalStateException if closed
     */
    Buddy addBuddy(String uri, BuddyListener listener);

    /**
     * @return the account's open buddies
     * @throws IllegalStateException if closed
     */
    List<Buddy> buddies();

    /**
     * Places a call.
     *
     * @param destination the SIP URI to call, e.g. {@code sip:bob@127.0.0.1:5062}
     * @param listener receives the call's events, from the first one on
     * @return the call: CALLING, or already DISCONNECTED if pjsua reported that the INVITE could not
     *         be sent (the listener has that report, with its status code)
     * @throws IllegalArgumentException if destination is not a valid SIP URI of at most
     *         256 bytes on one line
     * @throws PjsipException if pjsua cannot place the call (e.g. too many calls, or the INVITE
     *         could not be sent and pjsua reported nothing; no event follows then)
     * @throws IllegalStateException if the account is closed
     */
    Call makeCall(String destination, CallListener listener);

    /**
     * Places a call whose INVITE carries extra headers.
     *
     * @param destination the SIP URI to call
     * @param headers headers to add to the INVITE, in order
     * @param listener receives the call's events, from the first one on
     * @return the call: CALLING, or already DISCONNECTED if pjsua reported that the INVITE could not
     *         be sent (the listener has that report, with its status code)
     * @throws IllegalArgumentException if destination is not a valid SIP URI of at most
     *         256 bytes on one line
     * @throws PjsipException if pjsua cannot place the call (e.g. too many calls, or the INVITE
     *         could not be sent and pjsua reported nothing; no event follows then)
     * @throws IllegalStateException if the account is closed
     */
    Call makeCall(String destination, List<SipHeader> headers, CallListener listener);

    /**
     * Hangs up the account's calls, unregisters it if it was registered and removes it. Returns once
     * the registrar has answered the unregistration (after a REGISTER still in flight has been
     * answered first), or the configured {@link RegistrationConfig.Builder#unregisterTimeout unregister
     * timeout} and one more second have passed, or the calling thread is interrupted; and pjsua has
     * released the account. Idempotent.
     */
    @Override
    void close();

    /**
     * Hangs up the account's calls and removes it without unregistering: the registrar keeps the
     * binding until it expires (e.g. to hand it over to a process that takes the account on).
     * Returns once pjsua has released the account. Idempotent.
     */
    void closeWithoutUnregistering();
}
