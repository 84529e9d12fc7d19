package org.pjsua4j;

/**
 * Why a call ended, as far as pjsua4j can tell: told apart so that an application can count, alert on
 * or retry the ends that mean the other side vanished. The SIP details stay in
 * {@link CallInfo#lastStatusCode()}, {@link CallInfo#lastReason()} and {@link CallInfo#endedBy()}.
 */
public enum EndReason {
    /**
     * SIP signalling ended it the ordinary way: a BYE or CANCEL from either side, a rejection or error
     * response, the application's own hangup, or a call setup that failed.
     */
    SIGNALLED,
    /**
     * pjsua4j hung up because no RTP arrived for the call's media timeout while the audio was active
     * and not on hold ({@link EndpointConfig.Builder#mediaTimeout}); the BYE carries
     * {@code Reason: SIP;cause=408;text="Media inactivity"} and the call reports 408.
     */
    MEDIA_TIMEOUT,
    /**
     * The session timer (RFC 4028, {@link SessionTimers}) ran out: the other side, the refresher, sent
     * no refresh in time, so pjsip sent BYE (408 "No session refresh received.").
     */
    SESSION_EXPIRED,
    /**
     * A request within the established call, such as the session refresh pjsip sends as the refresher,
     * a re-INVITE or an UPDATE, went unanswered (408) or the other side no longer knew the call (481),
     * so pjsip ended it (RFC 4028 section 10, RFC 5057).
     */
    PEER_UNRESPONSIVE,
    /**
     * pjsua4j answered an incoming call {@code 480 Temporarily Unavailable}, with {@code Reason:
     * Q.850;cause=19} (no answer from the user), because nobody answered it within its account's
     * {@link AccountConfig.Builder#noAnswerTimeout no-answer timeout}.
     */
    NO_ANSWER
}
