/* pj4j_call_snapshot: a call's pjsua_call_info and its audio stream, for org.pjsua4j.raw.CallSnapshot,
 * in one crossing without an upcall (pj4j_packed.c). Reading the same through a pjsua_call_info proxy
 * costs a JNI crossing per field (about 30 per call event). */
#include "pj4j.h"

#include <pjsua-lib/pjsua_internal.h>

#include <string.h>

/* The values, in the order CallSnapshot.read takes them; the texts' ends follow. */
enum { V_ID, V_ACC_ID, V_STATE, V_LAST_STATUS, V_ROLE, V_MEDIA_STATUS, V_MEDIA_CNT, V_MEDIA0_STATUS, V_MEDIA0_DIR,
       V_CONNECT_MS, V_TOTAL_MS, V_HAS_AUDIO, V_CLOCK_RATE, V_CHANNEL_COUNT, V_SRTP_ACTIVE, V_SECURE_LEVEL, V_COUNT };
/* The texts, in CallSnapshot's order; the audio ones are empty without audio. */
enum { S_STATE, S_LAST_STATUS, S_LOCAL_INFO, S_LOCAL_CONTACT, S_REMOTE_INFO, S_REMOTE_CONTACT, S_CALL_ID,
       S_CODEC, S_LOCAL_RTP, S_REMOTE_RTP, S_COUNT };

static long long millis(const pj_time_val *t)
{
    return (long long) t->sec * 1000 + t->msec;
}

static pj_str_t chars(const char *s)
{
    pj_str_t str;

    str.ptr = (char *) s;
    str.slen = (pj_ssize_t) strlen(s);
    return str;
}

jint pj4j_call_snapshot(JNIEnv *env, pjsua_call_id call_id, jbyteArray out)
{
    pjsua_call_info ci;
    pj4j_call_media_info media;
    int audio = 0;
    pj_status_t status = pjsua_call_get_info(call_id, &ci);

    if (status != PJ_SUCCESS) {
        pj4j_throw_status(env, status, "pj4j_call_snapshot");
        return -1;
    }
    /* What the facade's CallInfo reads: the audio of line 0, while pjsua has a stream for it (active
     * or on hold either way). A failure here is not the caller's error: the stream is being rebuilt or
     * torn down, and the next media event will have it. pjsua takes its lock again for this, so a
     * state change may fall between the two reads, as between any two pjsua calls. */
    if ((ci.media_status == PJSUA_CALL_MEDIA_ACTIVE || ci.media_status == PJSUA_CALL_MEDIA_LOCAL_HOLD
            || ci.media_status == PJSUA_CALL_MEDIA_REMOTE_HOLD)
            && pj4j_call_get_media_info(call_id, 0, &media) == PJ_SUCCESS)
        audio = 1;
    else
        memset(&media, 0, sizeof(media));
    {
        jlong v[V_COUNT + S_COUNT] = {
            [V_ID] = ci.id, [V_ACC_ID] = ci.acc_id, [V_STATE] = ci.state, [V_LAST_STATUS] = ci.last_status,
            [V_ROLE] = ci.role, [V_MEDIA_STATUS] = ci.media_status, [V_MEDIA_CNT] = ci.media_cnt,
            [V_MEDIA0_STATUS] = ci.media_cnt ? (jlong) ci.media[0].status : (jlong) PJSUA_CALL_MEDIA_NONE,
            [V_MEDIA0_DIR] = ci.media_cnt ? (jlong) ci.media[0].dir : (jlong) PJMEDIA_DIR_NONE,
            [V_CONNECT_MS] = millis(&ci.connect_duration), [V_TOTAL_MS] = millis(&ci.total_duration),
            [V_HAS_AUDIO] = audio, [V_CLOCK_RATE] = media.clock_rate, [V_CHANNEL_COUNT] = media.channel_count,
            [V_SRTP_ACTIVE] = media.srtp_active != 0,
            /* pjsua keeps the level it judged the call's signalling by (for SRTP) but does not report it. */
            [V_SECURE_LEVEL] = pjsua_var.calls[call_id].secure_level};
        const pj_str_t t[S_COUNT] = {
            [S_STATE] = ci.state_text, [S_LAST_STATUS] = ci.last_status_text, [S_LOCAL_INFO] = ci.local_info,
            [S_LOCAL_CONTACT] = ci.local_contact, [S_REMOTE_INFO] = ci.remote_info,
            [S_REMOTE_CONTACT] = ci.remote_contact, [S_CALL_ID] = ci.call_id, [S_CODEC] = chars(media.codec),
            [S_LOCAL_RTP] = chars(media.local_rtp), [S_REMOTE_RTP] = chars(media.remote_rtp)};

        return pj4j_packed_put(env, out, v, V_COUNT, t, S_COUNT, "pj4j_call_snapshot: out");
    }
}
