package org.pjsua4j;

import java.time.Duration;
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
 * @param localUri our URI (From for outgoing calls)
 * @param localContact our Contact
 * @param remoteUri the other side's URI
 * @param remoteContact the other side's Contact, when known
 * @param sipCallId the SIP Call-ID header value
 * @param mediaStatus state of the call's audio
 * @param hold who holds the call
 * @param connectDuration time since the call was answered (zero before that)
 * @param totalDuration time since the call started
 */
public record CallInfo(int callId, int accountId, CallState state, String stateText, int lastStatusCode,
        String lastReason, boolean outgoing, String localUri, String localContact, String remoteUri,
        String remoteContact, String sipCallId, MediaStatus mediaStatus, HoldState hold, Duration connectDuration,
        Duration totalDuration) {

    static CallInfo read(int callId) {
        try (pjsua_call_info ci = new pjsua_call_info()) {
            pjsua.pjsua_call_get_info(callId, ci);
            return new CallInfo(ci.getId(), ci.getAcc_id(), CallState.fromNative(ci.getState()),
                    ci.getState_text(), ci.getLast_status(), ci.getLast_status_text(),
                    ci.getRole() == pjsua.PJSIP_ROLE_UAC, ci.getLocal_info(), ci.getLocal_contact(),
                    ci.getRemote_info(), ci.getRemote_contact(), ci.getCall_id(),
                    MediaStatus.fromNative(ci.getMedia_status()), hold(ci), duration(ci.getConnect_duration()),
                    duration(ci.getTotal_duration()));
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
