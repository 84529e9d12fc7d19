package org.pjsua4j.raw;

import java.util.Objects;
import java.util.Optional;

/**
 * A call as {@code pj4j_call_snapshot(call_id)} reports it: the fields of {@code pjsua_call_info}
 * that describe the call and, while its audio is active, the stream of
 * {@code pj4j_call_get_media_info(call_id, 0)}, copied out by native code in one JNI call. Values
 * are pjsua's own (the {@code PJSIP_INV_STATE_*}, {@code PJSUA_CALL_MEDIA_*}, {@code PJMEDIA_DIR_*}
 * constants of {@link pjsua}).
 *
 * @param id {@code id}: pjsua's call id (reused by a later call once this one has ended)
 * @param accId {@code acc_id}: the account the call belongs to
 * @param state {@code state}: the INVITE session state, a {@code PJSIP_INV_STATE_*} value
 * @param stateText {@code state_text}: pjsip's name for the state, e.g. {@code "CONFIRMED"}
 * @param lastStatus {@code last_status}: the last SIP status code sent or received (the cause once
 *        the call is disconnected)
 * @param lastStatusText {@code last_status_text}: its reason phrase
 * @param role {@code role}: {@code PJSIP_ROLE_UAC} if we placed the call, {@code PJSIP_ROLE_UAS}
 *        if we received it
 * @param localInfo {@code local_info}: our URI as the From/To header has it
 * @param localContact {@code local_contact}: our Contact
 * @param remoteInfo {@code remote_info}: the other side's URI
 * @param remoteContact {@code remote_contact}: the other side's Contact, or "" until known
 * @param callId {@code call_id}: the SIP Call-ID
 * @param mediaStatus {@code media_status}: the state of the call's first audio stream, a
 *        {@code PJSUA_CALL_MEDIA_*} value
 * @param mediaCnt {@code media_cnt}: the number of media lines
 * @param media0Status {@code media[0].status}, a {@code PJSUA_CALL_MEDIA_*} value
 *        ({@code PJSUA_CALL_MEDIA_NONE} when {@code mediaCnt} is 0)
 * @param media0Dir {@code media[0].dir}, a {@code PJMEDIA_DIR_*} mask: whether we may send
 *        ({@code PJMEDIA_DIR_ENCODING}) and receive ({@code PJMEDIA_DIR_DECODING}) on line 0, which
 *        tells who holds the call ({@code PJMEDIA_DIR_NONE} when {@code mediaCnt} is 0)
 * @param connectDurationMs {@code connect_duration} in milliseconds: time since the call was
 *        answered (0 before that)
 * @param totalDurationMs {@code total_duration} in milliseconds: time since the call started
 * @param audio media line 0's audio stream; empty unless {@code mediaStatus} is
 *        {@code PJSUA_CALL_MEDIA_ACTIVE} and {@code pj4j_call_get_media_info} could read the stream
 *        (it cannot while a re-INVITE rebuilds it)
 * @param secureLevel {@code pjsua_call.secure_level}, how pjsua judged the signalling for SRTP's
 *        {@code srtp_secure_signaling}: 0 not secure, 1 TLS to the next hop, 2 {@code sips:} end to end
 */
public record CallSnapshot(int id, int accId, int state, String stateText, int lastStatus, String lastStatusText,
        int role, String localInfo, String localContact, String remoteInfo, String remoteContact, String callId,
        int mediaStatus, int mediaCnt, int media0Status, int media0Dir, long connectDurationMs,
        long totalDurationMs, Optional<Audio> audio, int secureLevel) {

    /**
     * The fields of {@code pj4j_call_media_info}.
     *
     * @param codec the negotiated codec, e.g. {@code "PCMU"}
     * @param clockRate its clock rate in Hz
     * @param channelCount its number of channels
     * @param localRtp "address:port" of our RTP socket as our SDP has it
     * @param remoteRtp "address:port" the RTP is sent to
     * @param srtpActive whether SRTP protects the stream (negotiated, not just offered)
     */
    public record Audio(String codec, int clockRate, int channelCount, String localRtp, String remoteRtp,
            boolean srtpActive) {
    }

    /** Rejects a null {@code audio}: absent is {@link Optional#empty()}. */
    public CallSnapshot {
        Objects.requireNonNull(audio, "audio");
    }

    /** The one upcall of native/src/pj4j_snapshot.c; strings come as UTF-8 (see {@link Utf8}). */
    static CallSnapshot fromNative(int id, int accId, int state, byte[] stateText, int lastStatus,
            byte[] lastStatusText, int role, byte[] localInfo, byte[] localContact, byte[] remoteInfo,
            byte[] remoteContact, byte[] callId, int mediaStatus, int mediaCnt, int media0Status, int media0Dir,
            long connectDurationMs, long totalDurationMs, boolean hasAudio, byte[] codec, int clockRate,
            int channelCount, byte[] localRtp, byte[] remoteRtp, boolean srtpActive, int secureLevel) {
        Optional<Audio> audio = hasAudio
                ? Optional.of(new Audio(Utf8.decode(codec), clockRate, channelCount, Utf8.decode(localRtp),
                        Utf8.decode(remoteRtp), srtpActive))
                : Optional.empty();
        return new CallSnapshot(id, accId, state, Utf8.decode(stateText), lastStatus, Utf8.decode(lastStatusText),
                role, Utf8.decode(localInfo), Utf8.decode(localContact), Utf8.decode(remoteInfo),
                Utf8.decode(remoteContact), Utf8.decode(callId), mediaStatus, mediaCnt, media0Status, media0Dir,
                connectDurationMs, totalDurationMs, audio, secureLevel);
    }
}
