package org.pjsua4j.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pjsua4j.AccountInfo;
import org.pjsua4j.AudioStream;
import org.pjsua4j.CallInfo;
import org.pjsua4j.HoldState;
import org.pjsua4j.MediaStatus;
import org.pjsua4j.Originator;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pj4j_call_media_info;
import org.pjsua4j.raw.pj_time_val;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_acc_info;
import org.pjsua4j.raw.pjsua_call_info;
import org.pjsua4j.raw.pjsua_call_media_info;

/** The facade's info records, read from pjsua. */
final class Snapshots {
    private Snapshots() {
    }

    /** What only the facade knows of a call, added to what pjsua reports. */
    record CallExtras(Instant started, String remoteUserAgent, Originator endedBy) {
    }

    static CallInfo call(int callId, CallExtras extras) {
        try (pjsua_call_info ci = new pjsua_call_info()) {
            pjsua.pjsua_call_get_info(callId, ci);
            MediaStatus media = NativeCodes.mediaStatus(ci.getMedia_status());
            return new CallInfo(ci.getId(), ci.getAcc_id(), NativeCodes.callState(ci.getState()),
                    ci.getState_text(), ci.getLast_status(), ci.getLast_status_text(),
                    ci.getRole() == pjsua.PJSIP_ROLE_UAC, ci.getLocal_info(), ci.getLocal_contact(),
                    ci.getRemote_info(), ci.getRemote_contact(), ci.getCall_id(), media, hold(ci),
                    duration(ci.getConnect_duration()), duration(ci.getTotal_duration()), extras.started(),
                    extras.remoteUserAgent(), media == MediaStatus.ACTIVE ? audio(callId) : Optional.empty(),
                    Optional.ofNullable(extras.endedBy()));
        }
    }

    /** The same snapshot, once the facade has judged who ended the call: no second read from pjsua. */
    static CallInfo endedBy(CallInfo i, Originator by) {
        return new CallInfo(i.callId(), i.accountId(), i.state(), i.stateText(), i.lastStatusCode(), i.lastReason(),
                i.outgoing(), i.localUri(), i.localContact(), i.remoteUri(), i.remoteContact(), i.sipCallId(),
                i.mediaStatus(), i.hold(), i.connectDuration(), i.totalDuration(), i.started(), i.remoteUserAgent(),
                i.audio(), Optional.of(by));
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

    static AccountInfo account(int accId) {
        try (pjsua_acc_info info = new pjsua_acc_info()) {
            pjsua.pjsua_acc_get_info(accId, info);
            long expires = info.getExpires();
            return new AccountInfo(info.getId(), info.getAcc_uri(), info.getIs_default(), info.getHas_registration(),
                    info.getStatus(), info.getStatus_text(), expires > Integer.MAX_VALUE ? -1 : (int) expires,
                    info.getOnline_status(), info.getOnline_status_text());
        }
    }
}
