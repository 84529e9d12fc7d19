package org.pjsua4j;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.pjsua4j.raw.PjsipException;

/**
 * A SIP call (an INVITE session with its audio). Calls belong to their {@link Account}; a call that
 * has reached {@link CallState#DISCONNECTED} is over and its methods that act on the call throw
 * {@link IllegalStateException}. Methods may be called from any thread.
 *
 * <p>Calls are made by {@link Account#makeCall} or arrive through
 * {@link AccountListener#onIncomingCall}; pjsua4j implements this interface, applications do not.
 * What a call plays, records, streams and connects is its {@link CallAudio} part.
 */
public interface Call extends CallAudio, AutoCloseable {
    /** @return pjsua's call id; reused by later calls once this one has ended */
    int id();

    /** @return the account the call belongs to */
    Account account();

    /**
     * Sets who receives this call's events from now on; for incoming calls, do it in
     * {@link AccountListener#onIncomingCall}.
     *
     * @param listener the listener
     */
    void setListener(CallListener listener);

    /**
     * Overrides, for this call alone, how long its active, unheld audio may bring no RTP before
     * pjsua4j hangs it up ({@link EndpointConfig.Builder#mediaTimeout}; the account's
     * {@link AccountConfig.Builder#mediaTimeout} otherwise), e.g. off for a call to a peer known to
     * stop RTP during silence. The silence measured so far counts against the new timeout.
     *
     * @param timeout zero to never hang up, otherwise 1 s to 1 day
     * @throws IllegalArgumentException naming mediaTimeout if it is negative, below 1 s or above a day
     */
    void setMediaTimeout(java.time.Duration timeout);

    /** @return the state as of the last event */
    CallState state();

    /**
     * @return a fresh snapshot while the call exists, afterwards the last one taken
     */
    CallInfo info();

    /**
     * @return RTP counters of the call's audio stream
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call has no audio stream yet
     */
    MediaStats mediaStats();

    /**
     * The TLS connection that carried the call's latest INVITE, sent or received: protocol version,
     * cipher suite and the peer's certificates, as they were when the connection came up. Read on
     * demand (it is not part of {@link CallInfo}, so call events do not pay for it); {@link
     * CallInfo#signalling()} says whether there is one.
     *
     * @return the connection, or empty if the INVITE did not go over TLS or the call has ended
     */
    Optional<TlsConnection> tlsConnection();

    /**
     * Answers an incoming call, provisionally (e.g. 180, 183) or finally (200, or an error code
     * to reject it).
     *
     * @param code a SIP status code, 100..699
     * @throws IllegalArgumentException if code is out of range
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if pjsua refuses (e.g. answering an outgoing call)
     */
    default void answer(int code) {
        answer(code, List.of());
    }

    /**
     * Answers an incoming call, as {@link #answer(int)}, with extra headers in the response (e.g. a
     * {@code P-Early-Media} with a 183, or an {@code X-} header a gateway expects).
     * pjsip builds each answer of a call from the previous one: a header given here replaces those of
     * the same name an earlier answer carried, and headers of other names stay in later answers.
     *
     * @param code a SIP status code, 100..699: any provisional code (100, 180, 181, 182, 183, ...),
     *        200, or an error code to reject the call
     * @param headers headers to add to the response, possibly empty
     * @throws NullPointerException if headers is or holds null
     * @throws IllegalArgumentException if code is out of range
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if pjsua refuses (e.g. answering an outgoing call)
     */
    void answer(int code, List<SipHeader> headers);

    /**
     * Ends the call with pjsua's default code: CANCEL before an answer, BYE after it, 603 for an
     * unanswered incoming call.
     *
     * @throws IllegalStateException if the call has ended already
     */
    void hangup();

    /**
     * Ends or rejects the call.
     *
     * @param code the status code to reject an incoming call with (e.g. 486), or 0 for pjsua's
     *        default; ignored by pjsip once the call is answered
     * @param reason the reason phrase, or null for the standard one; one line of at most
     *        1024 bytes
     * @throws IllegalArgumentException if code is neither 0 nor 300..699, or reason is not one line of
     *         at most that length
     * @throws IllegalStateException if the call has ended already
     */
    default void hangup(int code, String reason) {
        hangup(code, reason, List.of());
    }

    /**
     * Ends or rejects the call, as {@link #hangup(int, String)}, with extra headers in the request or
     * response that ends it (BYE, CANCEL, or the rejecting response), e.g. a {@code Reason} header.
     *
     * @param code the status code to reject an incoming call with, or 0 for pjsua's default
     * @param reason the reason phrase, or null for the standard one
     * @param headers headers to add, possibly empty
     * @throws NullPointerException if headers is or holds null
     * @throws IllegalArgumentException if code is neither 0 nor 300..699, or reason is not one line of
     *         at most 1024 bytes
     * @throws IllegalStateException if the call has ended already
     */
    void hangup(int code, String reason, List<SipHeader> headers);

    /**
     * Redirects an unanswered incoming call: answers 302 Moved Temporarily with {@code target} as
     * Contact, so the caller may try there instead.
     *
     * @param target a SIP URI
     * @throws IllegalArgumentException if target is not a SIP URI of at most
     *         256 bytes on one line
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not an unanswered incoming one
     */
    void redirect(String target);

    /**
     * Rejects an incoming call the way python-sipsimple's {@code reject(is_busy)} does.
     *
     * @param busy true for 486 Busy Here (try later), false for 603 Decline (do not)
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not an unanswered incoming one
     */
    void reject(boolean busy);

    /**
     * Puts the call on hold: a re-INVITE whose SDP makes the audio sendonly (or inactive if the other
     * side holds too). The change shows in {@link CallInfo#hold()} through
     * {@link CallListener#onMedia}.
     *
     * @return completed (on the call's event thread, after the media event of a 2xx) with the final
     *         answer to the re-INVITE, or pjsip's own 408/503 when none came; completed
     *         exceptionally with {@link IllegalStateException} if the call ends first
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed or another re-INVITE is in progress
     */
    default CompletableFuture<SipStatus> hold() {
        return hold(List.of());
    }

    /**
     * Puts the call on hold, as {@link #hold()}, with extra headers in the re-INVITE.
     *
     * @param headers headers to add, possibly empty
     * @return the final answer to the re-INVITE, as {@link #hold()}
     * @throws NullPointerException if headers is or holds null
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed or another re-INVITE is in progress
     */
    CompletableFuture<SipStatus> hold(List<SipHeader> headers);

    /**
     * Takes the call off hold: a re-INVITE that makes the audio sendrecv again.
     *
     * @return the final answer to the re-INVITE, as {@link #hold()}
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed or another re-INVITE is in progress
     */
    default CompletableFuture<SipStatus> unhold() {
        return unhold(List.of());
    }

    /**
     * Takes the call off hold, as {@link #unhold()}, with extra headers in the re-INVITE.
     *
     * @param headers headers to add, possibly empty
     * @return the final answer to the re-INVITE, as {@link #hold()}
     * @throws NullPointerException if headers is or holds null
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed or another re-INVITE is in progress
     */
    CompletableFuture<SipStatus> unhold(List<SipHeader> headers);

    /**
     * Sends a re-INVITE with a fresh SDP offer (e.g. to refresh the session or move the media), keeping
     * the hold state as it is. The outcome shows through {@link CallListener#onMedia}.
     *
     * @return the final answer to the re-INVITE, as {@link #hold()}
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed or another offer is in progress
     */
    CompletableFuture<SipStatus> reinvite();

    /**
     * Sends an UPDATE (RFC 3311) with a fresh SDP offer; unlike a re-INVITE it also works before the
     * call is answered, if the peer allows UPDATE.
     *
     * @return the final answer to the UPDATE, or pjsip's own 408/503 when none came; completed
     *         exceptionally with {@link IllegalStateException} if the call ends first
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the dialog does not exist yet or another offer is in progress
     */
    CompletableFuture<SipStatus> update();

    /**
     * Blind transfer: asks the peer (REFER) to call {@code target} instead of us. Progress arrives as
     * {@link CallListener#onTransferStatus}; this call stays up until someone hangs it up.
     *
     * @param target a SIP URI
     * @return completed (on the call's event thread, after the listener heard it) with the final
     *         status: of the transferee's call to the target, or of the REFER if it was refused;
     *         completed exceptionally with {@link IllegalStateException} if this call ends first
     * @throws IllegalArgumentException if target is not a SIP URI of at most
     *         256 bytes on one line
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed
     */
    default CompletableFuture<TransferStatus> transfer(String target) {
        return transfer(target, List.of());
    }

    /**
     * Blind transfer, as {@link #transfer(String)}, with extra headers in the REFER.
     *
     * @param target a SIP URI
     * @param headers headers to add, possibly empty
     * @return the final status, as {@link #transfer(String)}
     * @throws NullPointerException if headers is or holds null
     * @throws IllegalArgumentException if target is not a SIP URI of at most 256 bytes on one line
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed
     */
    CompletableFuture<TransferStatus> transfer(String target, List<SipHeader> headers);

    /**
     * Attended transfer: asks the peer of this call (REFER with Replaces) to call the peer of
     * {@code other} and replace that call, so the two peers end up talking to each other. Progress
     * arrives as {@link CallListener#onTransferStatus} on this call.
     *
     * @param other a confirmed call of the same endpoint to the transfer target
     * @return the final status, as {@link #transfer(String)}
     * @throws IllegalArgumentException if other is this call
     * @throws IllegalStateException if either call has ended
     * @throws PjsipException if either call is not confirmed
     */
    CompletableFuture<TransferStatus> transfer(Call other);

    /**
     * Sends an instant message (SIP MESSAGE) inside this call's dialog.
     *
     * @param text the message, sent as text/plain: at most
     *        2048 bytes in UTF-8, no NUL
     * @return the peer's final answer (or pjsip's 408/503 when none came)
     * @throws IllegalArgumentException if text is longer or holds NUL
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the dialog does not exist yet
     */
    default CompletableFuture<SipStatus> sendMessage(String text) {
        return sendMessage(text, List.of());
    }

    /**
     * Sends an instant message, as {@link #sendMessage(String)}, with extra headers in the MESSAGE.
     *
     * @param text the message, sent as text/plain: at most 2048 bytes in UTF-8, no NUL
     * @param headers headers to add, possibly empty
     * @return the peer's final answer (or pjsip's 408/503 when none came)
     * @throws NullPointerException if headers is or holds null
     * @throws IllegalArgumentException if text is longer or holds NUL
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the dialog does not exist yet
     */
    CompletableFuture<SipStatus> sendMessage(String text, List<SipHeader> headers);

    /**
     * @param name a header name, case-insensitive
     * @return the values of that header in the INVITE that started this call, if it is an incoming
     *         call (empty for outgoing calls)
     */
    List<String> inviteHeaders(String name);

    /**
     * Sends DTMF digits.
     *
     * @param digits one or more of {@code 0-9 * # A-D}
     * @param method RFC 2833 telephone events in the RTP stream, or SIP INFO requests
     * @throws IllegalArgumentException if digits is empty or holds anything else
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call has no active audio (RFC 2833) or no dialog yet (INFO)
     */
    void sendDtmf(String digits, DtmfMethod method);

    /**
     * @param state the state to wait for
     * @return a future completed (on this call's event thread) with the call's info when it reaches
     *         {@code state}, or completed exceptionally with {@link IllegalStateException} if it ends
     *         without reaching it
     */
    CompletableFuture<CallInfo> stateFuture(CallState state);

    /**
     * Hangs up the call if it has not ended. Returns once the hangup is sent or queued (pjsip sends a
     * CANCEL only after the callee's first provisional response), without waiting for the call to
     * end: {@link CallState#DISCONNECTED} arrives as an event (or use {@link #stateFuture}).
     * Idempotent; the native call is released by pjsua when it ends.
     */
    @Override
    void close();
}
