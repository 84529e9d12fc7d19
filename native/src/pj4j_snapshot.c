/* pj4j_call_snapshot: a call's pjsua_call_info and its audio stream as one immutable
 * org.pjsua4j.raw.CallSnapshot. Reading the same through a pjsua_call_info proxy costs a JNI
 * crossing per field (about 30 per call event); this costs one down and one up. */
#include "pj4j.h"

#include <pjsua-lib/pjsua_internal.h>

#include <string.h>

#define SNAPSHOT_CLASS "org/pjsua4j/raw/CallSnapshot"
#define SNAPSHOT_FACTORY_SIG "(III[BI[BI[B[B[B[B[BIIIIJJZ[BII[B[BZI)L" SNAPSHOT_CLASS ";"

/* The strings the factory takes, in the order of its parameters. */
enum { S_STATE, S_LAST_STATUS, S_LOCAL_INFO, S_LOCAL_CONTACT, S_REMOTE_INFO, S_REMOTE_CONTACT, S_CALL_ID,
       S_CODEC, S_LOCAL_RTP, S_REMOTE_RTP, S_COUNT };

/* Looked up once at load (JNI_OnLoad), like the bridge's other classes and methods. */
static jclass snapshot_class;
static jmethodID snapshot_factory;

int pj4j_snapshot_init(JNIEnv *env)
{
    return pj4j_snapshot_factory(env, SNAPSHOT_CLASS, SNAPSHOT_FACTORY_SIG, &snapshot_class, &snapshot_factory);
}

static long long millis(const pj_time_val *t)
{
    return (long long) t->sec * 1000 + t->msec;
}

/* Fills out[] with byte arrays of the snapshot's strings; the audio ones stay NULL without audio.
 * Returns 0 with an exception pending when an allocation failed. */
static int strings(JNIEnv *env, const pjsua_call_info *ci, const pj4j_call_media_info *audio,
                   jbyteArray out[S_COUNT])
{
    const pj_str_t *call[S_CODEC] = {&ci->state_text,  &ci->last_status_text, &ci->local_info, &ci->local_contact,
                                     &ci->remote_info, &ci->remote_contact,   &ci->call_id};
    const char *media[S_COUNT] = {[S_CODEC] = audio ? audio->codec : NULL,
                                  [S_LOCAL_RTP] = audio ? audio->local_rtp : NULL,
                                  [S_REMOTE_RTP] = audio ? audio->remote_rtp : NULL};
    int i;

    memset(out, 0, sizeof(out[0]) * S_COUNT);
    for (i = 0; i < (audio ? S_COUNT : S_CODEC); i++) {
        out[i] = i < S_CODEC ? pj4j_str_to_bytes(env, call[i]) : pj4j_chars_to_bytes(env, media[i], strlen(media[i]));
        if ((*env)->ExceptionCheck(env))
            return 0;
    }
    return 1;
}

jobject pj4j_call_snapshot(JNIEnv *env, pjsua_call_id call_id)
{
    pjsua_call_info ci;
    pj4j_call_media_info media;
    const pj4j_call_media_info *audio = NULL;
    jbyteArray s[S_COUNT];
    jobject snapshot = NULL;
    pj_status_t status;
    int media0_status, media0_dir, secure_level;

    status = pjsua_call_get_info(call_id, &ci);
    if (status != PJ_SUCCESS) {
        pj4j_throw_status(env, status, "pj4j_call_snapshot");
        return NULL;
    }
    /* What the facade's CallInfo reads: the audio of line 0, and only while pjsua calls it active. A
     * failure here is not the caller's error: the stream is being rebuilt or torn down, and the next
     * media event will have it. pjsua takes its lock again for this, so a state change may fall
     * between the two reads, as between any two pjsua calls. */
    if (ci.media_status == PJSUA_CALL_MEDIA_ACTIVE && pj4j_call_get_media_info(call_id, 0, &media) == PJ_SUCCESS)
        audio = &media;
    media0_status = ci.media_cnt ? (int) ci.media[0].status : (int) PJSUA_CALL_MEDIA_NONE;
    media0_dir = ci.media_cnt ? (int) ci.media[0].dir : (int) PJMEDIA_DIR_NONE;
    /* pjsua keeps the level it judged the call's signalling by (for SRTP) but does not report it. */
    secure_level = pjsua_var.calls[call_id].secure_level;

    /* At most ten arrays: within the 16 local references a native method may create unasked. */
    if (strings(env, &ci, audio, s))
        snapshot = (*env)->CallStaticObjectMethod(
            env, snapshot_class, snapshot_factory, (jint) ci.id, (jint) ci.acc_id, (jint) ci.state, s[S_STATE],
            (jint) ci.last_status, s[S_LAST_STATUS], (jint) ci.role, s[S_LOCAL_INFO], s[S_LOCAL_CONTACT],
            s[S_REMOTE_INFO], s[S_REMOTE_CONTACT], s[S_CALL_ID], (jint) ci.media_status, (jint) ci.media_cnt,
            (jint) media0_status, (jint) media0_dir, (jlong) millis(&ci.connect_duration),
            (jlong) millis(&ci.total_duration), (jboolean) (audio != NULL), s[S_CODEC],
            (jint) (audio ? audio->clock_rate : 0), (jint) (audio ? audio->channel_count : 0), s[S_LOCAL_RTP],
            s[S_REMOTE_RTP], (jboolean) (audio && audio->srtp_active),
            (jint) secure_level);
    return (*env)->ExceptionCheck(env) ? NULL : snapshot;
}
