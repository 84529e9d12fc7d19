package org.pjsua4j;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pj4j_call_media_info;
import org.pjsua4j.raw.pj_time_val;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_call_info;
import org.pjsua4j.raw.pjsua_call_media_info;

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
 * @param audio the negotiated audio stream while the audio is active (also during early media)
 * @param endedBy who ended the call, once it is {@link CallState#DISCONNECTED}
 */
public record CallInfo(int callId, int accountId, CallState state, String stateText, int lastStatusCode,
        String lastReason, boolean outgoing, String localUri, String localContact, String remoteUri,
        String remoteContact, String sipCallId, MediaStatus mediaStatus, HoldState hold, Duration connectDuration,
        Duration totalDuration, Instant started, String remoteUserAgent, Optional<AudioStream> audio,
        Optional<Originator> endedBy) {

    static CallInfo read(int callId, Instant started, String remoteUserAgent, Originator endedBy) {
        try (pjsua_call_info ci = new pjsua_call_info()) {
            pjsua.pjsua_call_get_info(callId, ci);
            MediaStatus media = MediaStatus.fromNative(ci.getMedia_status());
            return new CallInfo(ci.getId(), ci.getAcc_id(), CallState.fromNative(ci.getState()),
                    ci.getState_text(), ci.getLast_status(), ci.getLast_status_text(),
                    ci.getRole() == pjsua.PJSIP_ROLE_UAC, ci.getLocal_info(), ci.getLocal_contact(),
                    ci.getRemote_info(), ci.getRemote_contact(), ci.getCall_id(), media, hold(ci),
                    duration(ci.getConnect_duration()), duration(ci.getTotal_duration()), started, remoteUserAgent,
                    media == MediaStatus.ACTIVE ? audio(callId) : Optional.empty(), Optional.ofNullable(endedBy));
        }
    }

    /** @return true while the other side rings: a 180/181/182 before the answer */
    public boolean ringing() {
        return state == CallState.EARLY && lastStatusCode >= 180 && lastStatusCode <= 182;
    }

    /** @return true when audio flows before the answer (e.g. after a 183 Session Progress with SDP) */
    public boolean earlyMedia() {
        return state == CallState.EARLY && mediaStatus == MediaStatus.ACTIVE;
    }

    private static Optional<AudioStream> audio(int callId) {
        try (pj4j_call_media_info m = new pj4j_call_media_info()) {
            pjsua.pj4j_call_get_media_info(callId, 0, m);
            return Optional.of(new AudioStream(m.getCodec(), (int) m.getClock_rate(), (int) m.getChannel_count(),
                    m.getLocal_rtp(), m.getRemote_rtp(), m.getSrtp_active()));
        } catch (PjsipException e) {
            // The stream is being rebuilt (re-INVITE) or torn down: the next media event has it.
            return Optional.empty();
        }
    }

    /**
     * pjsua reports LOCAL_HOLD whenever we hold, whatever the other side does; that the other side
     * holds too shows in the stream direction: we may not send either.
     */
    private static HoldState hold(pjsua_call_info ci) {
        if (ci.getMedia_cnt() == 0) {
            return HoldState.NONE;
        }
        pjsua_call_media_info audio = ci.get_media(0);
        int status = audio.getStatus();
        boolean weMaySend = (audio.getDir() & pjsua.PJMEDIA_DIR_ENCODING) != 0;
        if (status == pjsua.PJSUA_CALL_MEDIA_LOCAL_HOLD) {
            return weMaySend ? HoldState.LOCAL : HoldState.BOTH;
        }
        return status == pjsua.PJSUA_CALL_MEDIA_REMOTE_HOLD ? HoldState.REMOTE : HoldState.NONE;
    }

    private static Duration duration(pj_time_val t) {
        return Duration.ofSeconds(t.getSec()).plusMillis(t.getMsec());
    }
}
