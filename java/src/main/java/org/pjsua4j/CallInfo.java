package org.pjsua4j;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of a call ({@code pjsua_call_info}), taken when the event carrying it happened.
 *
 * @param callId pjsua's call id (reused by later calls once this one has ended)
 * @param accountId pjsua's id of the account the call belongs to
 * @param state INVITE session state
 * @param stateText pjsip's name for the state
 * @param lastStatusCode last SIP status code sent or received (e.g. 180, 200, 486)
 * @param lastReason its reason phrase
 * @param outgoing true if we placed the call
 * @param localUri our URI as the From/To header has it (for outgoing calls From); pjsip writes it
 *        without the port an account URI may have
 * @param localContact our Contact
 * @param remoteUri the other side's URI
 * @param remoteContact the other side's Contact, when known
 * @param sipCallId the SIP Call-ID header value
 * @param mediaStatus state of the call's audio
 * @param hold who holds the call
 * @param connectDuration time since the call was answered (zero before that)
 * @param totalDuration time since the call started
 * @param started when the call started (INVITE sent or received)
 * @param remoteUserAgent the other side's software (User-Agent or Server header), or "" until known
 * @param audio the negotiated audio stream while the call has one: active (also early media) or on
 *        hold, by either side
 * @param endedBy who ended the call, once it is {@link CallState#DISCONNECTED}
 * @param endReason why the call ended, once it is {@link CallState#DISCONNECTED}: e.g.
 *        {@link EndReason#MEDIA_TIMEOUT} when pjsua4j hung up a call whose peer fell silent
 * @param signalling how secure the call's signalling is: whether the INVITE came or went over TLS
 *        ({@link SignallingSecurity#TLS_HOP}; with {@link TlsConfig#verifyServer()} on, an outgoing
 *        call's server certificate was verified, or the call would have failed) or was a
 *        {@code sips:} request ({@link SignallingSecurity#END_TO_END}); this is what an account's
 *        {@link SrtpConfig#secureSignalling()} is compared with
 */
public record CallInfo(int callId, int accountId, CallState state, String stateText, int lastStatusCode,
        String lastReason, boolean outgoing, String localUri, String localContact, String remoteUri,
        String remoteContact, String sipCallId, MediaStatus mediaStatus, HoldState hold, Duration connectDuration,
        Duration totalDuration, Instant started, String remoteUserAgent, Optional<AudioStream> audio,
        Optional<Originator> endedBy, Optional<EndReason> endReason, SignallingSecurity signalling) {

    /** @return true while the other side rings: a 180/181/182 before the answer */
    public boolean ringing() {
        return state == CallState.EARLY && lastStatusCode >= 180 && lastStatusCode <= 182;
    }

    /** @return true when audio flows before the answer (e.g. after a 183 Session Progress with SDP) */
    public boolean earlyMedia() {
        return state == CallState.EARLY && mediaStatus == MediaStatus.ACTIVE;
    }
}
