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

    /**
     * Reads one call's snapshots again and again, as the facade does on each event and
     * {@code Call.info()}: a read reuses the last one's Strings (and audio) where pjsua's text is
     * unchanged, so it allocates little more than the record. Safe for use by several threads at once:
     * each read is whole, and the last read's texts are only ever replaced.
     */
    public static final class Reader {
        private volatile Last last;

        /**
         * @param callId pjsua's call id
         * @return the call as pjsua reports it now
         * @throws PjsipException if the call id is invalid or the call has ended
         */
        public CallSnapshot read(int callId) {
            return CallSnapshot.read(callId, this);
        }
    }

    /** The texts of a reader's last read, and the audio built from them. */
    private record Last(Packed.Texts texts, Optional<Audio> audio) {
    }

    // Where native/src/pj4j_snapshot.c puts each value in Packed; the texts' ends follow.
    private static final int ID = 0, ACC_ID = 1, STATE = 2, LAST_STATUS = 3, ROLE = 4, MEDIA_STATUS = 5,
            MEDIA_CNT = 6, MEDIA0_STATUS = 7, MEDIA0_DIR = 8, CONNECT_MS = 9, TOTAL_MS = 10, HAS_AUDIO = 11,
            CLOCK_RATE = 12, CHANNEL_COUNT = 13, SRTP_ACTIVE = 14, SECURE_LEVEL = 15, VALUES = 16;
    // The texts, in pj4j_snapshot.c's order.
    private static final int STATE_TEXT = 0, LAST_STATUS_TEXT = 1, LOCAL_INFO = 2, LOCAL_CONTACT = 3,
            REMOTE_INFO = 4, REMOTE_CONTACT = 5, CALL_ID = 6, CODEC = 7, LOCAL_RTP = 8, REMOTE_RTP = 9, TEXTS = 10;

    /** One read through this thread's array; with a reader, reusing what its last read decoded. */
    static CallSnapshot read(int callId, Reader reader) {
        Packed p = Packed.ofThisThread();
        while (!p.held(pjsua.pj4j_call_snapshot(callId, p.bytes), VALUES + TEXTS)) {
            // The texts did not fit: read again into the larger array.
        }
        Last last = reader == null ? null : reader.last;
        Packed.Texts texts = Packed.Texts.decode(p, VALUES, TEXTS, last == null ? null : last.texts());
        Optional<Audio> audio = audio(p, texts, last);
        if (reader != null && (last == null || last.texts() != texts || last.audio() != audio)) {
            reader.last = new Last(texts, audio);
        }
        return new CallSnapshot((int) p.value(ID), (int) p.value(ACC_ID), (int) p.value(STATE),
                texts.get(STATE_TEXT), (int) p.value(LAST_STATUS), texts.get(LAST_STATUS_TEXT), (int) p.value(ROLE),
                texts.get(LOCAL_INFO), texts.get(LOCAL_CONTACT), texts.get(REMOTE_INFO), texts.get(REMOTE_CONTACT),
                texts.get(CALL_ID), (int) p.value(MEDIA_STATUS), (int) p.value(MEDIA_CNT),
                (int) p.value(MEDIA0_STATUS), (int) p.value(MEDIA0_DIR), p.value(CONNECT_MS), p.value(TOTAL_MS),
                audio, (int) p.value(SECURE_LEVEL));
    }

    /** The last read's audio while the stream reads the same; texts is the same object when no text changed. */
    private static Optional<Audio> audio(Packed p, Packed.Texts texts, Last last) {
        if (p.value(HAS_AUDIO) == 0) {
            return Optional.empty();
        }
        if (last != null && last.texts() == texts && last.audio().isPresent()) {
            Audio a = last.audio().get();
            if (a.clockRate() == p.value(CLOCK_RATE) && a.channelCount() == p.value(CHANNEL_COUNT)
                    && a.srtpActive() == (p.value(SRTP_ACTIVE) != 0)) {
                return last.audio();
            }
        }
        return Optional.of(new Audio(texts.get(CODEC), (int) p.value(CLOCK_RATE), (int) p.value(CHANNEL_COUNT),
                texts.get(LOCAL_RTP), texts.get(REMOTE_RTP), p.value(SRTP_ACTIVE) != 0));
    }
}
