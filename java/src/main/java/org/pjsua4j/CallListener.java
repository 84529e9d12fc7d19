package org.pjsua4j;

/**
 * Receives a call's events. Methods run on a pjsua4j event thread, never on pjsip's own, one event at
 * a time and in order for any one call; a slow listener delays only its own call's events. They may
 * call back into pjsua4j freely. An exception thrown here is logged and the next event is delivered.
 */
public interface CallListener {
    /**
     * The call's state changed.
     *
     * @param call the call
     * @param info the call as it was when the state changed
     */
    default void onState(Call call, CallInfo info) {
    }

    /**
     * The call's media changed, e.g. became {@link MediaStatus#ACTIVE}. While the call is
     * {@link CallState#EARLY} an active audio is early media ({@link CallInfo#earlyMedia()}); a change of
     * {@link CallInfo#hold()} also arrives here.
     *
     * @param call the call
     * @param info the call as it was at the change
     */
    default void onMedia(Call call, CallInfo info) {
    }

    /**
     * A DTMF digit arrived.
     *
     * @param call the call
     * @param event the digit
     */
    default void onDtmf(Call call, DtmfEvent event) {
    }

    /**
     * Progress of a transfer this call asked for ({@link Call#transfer(String)}).
     *
     * @param call the transferring call
     * @param status the transferee's report
     */
    default void onTransferStatus(Call call, TransferStatus status) {
    }

    /**
     * The peer transferred this call (REFER): pjsua accepted and placed {@code newCall} to the
     * transfer target. The new call reports to this listener until it is given another; this call
     * stays up until someone hangs it up (usually the transferor, once the transfer succeeded).
     *
     * @param call the call the peer transferred
     * @param newCall the call to the transfer target
     */
    default void onTransferred(Call call, Call newCall) {
    }

    /**
     * An incoming INVITE with Replaces (attended transfer) replaced this call: pjsua answers
     * {@code replacement} and ends this one. The replacement reports to this listener until it is
     * given another.
     *
     * @param call the replaced call
     * @param replacement the call replacing it
     */
    default void onReplaced(Call call, Call replacement) {
    }

    /**
     * A 3xx response redirects this outgoing call to {@code target}; called once per target until one
     * is followed. pjsip waits for the answer, so decide promptly.
     *
     * @param call the call
     * @param target a Contact URI of the 3xx response
     * @return what to do; the default, {@link RedirectDecision#STOP}, ends the call (pjsip reports it
     *         as 487 Request Terminated), since following redirects unasked would let any server send
     *         our calls anywhere
     */
    default RedirectDecision onRedirect(Call call, String target) {
        return RedirectDecision.STOP;
    }

    /**
     * An instant message (SIP MESSAGE) arrived inside this call's dialog.
     *
     * @param call the call
     * @param message the message
     */
    default void onMessage(Call call, InstantMessage message) {
    }

    /**
     * The call's audio is active and not on hold, but no RTP has arrived for
     * {@link EndpointConfig.Builder#noAudioTimeout the configured time}: the peer may have vanished.
     * Reported once per silence; the call is left as it is, an early warning: if the silence lasts
     * until the {@link EndpointConfig.Builder#mediaTimeout media timeout}, pjsua4j hangs the call up
     * and its end reports {@link EndReason#MEDIA_TIMEOUT}.
     *
     * @param call the call
     * @param silentFor how long no audio has arrived
     */
    default void onNoAudio(Call call, java.time.Duration silentFor) {
    }
}
