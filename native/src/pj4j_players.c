/* The end of a WAV file a pjsua player plays, reported to org.pjsua4j.raw.PlayerEvents. pjsua itself
 * reports nothing: the wav port's end-of-file callback (pjmedia_wav_player_set_eof_cb2) is reached
 * only through the player's port. It runs on the conference bridge's clock thread, attached to the
 * JVM like pjsip's own. */
#include "pj4j.h"
#include "org_pjsua4j_raw_PlayerEvents.h"

#include <stdint.h>

static jclass players_class;
static jmethodID on_eof;

int pj4j_players_init(JNIEnv *env)
{
    players_class = pj4j_global_class(env, "org/pjsua4j/raw/PlayerEvents");
    if (!players_class)
        return 0;
    on_eof = (*env)->GetStaticMethodID(env, players_class, "onEof", "(I)V");
    return on_eof != NULL;
}

static void eof_reached(pjmedia_port *port, void *user_data)
{
    JNIEnv *env = pj4j_env();

    (void) port;
    if (!env || (*env)->PushLocalFrame(env, 4) != 0)
        return;
    (*env)->CallStaticVoidMethod(env, players_class, on_eof, (jint) (intptr_t) user_data);
    pj4j_upcall_done(env, "PlayerEvents.onEof");
    (*env)->PopLocalFrame(env, NULL);
}

JNIEXPORT void JNICALL Java_org_pjsua4j_raw_PlayerEvents_nativeWatch(JNIEnv *env, jclass cls, jint player_id)
{
    pjmedia_port *port;
    pj_status_t status;

    (void) cls;
    if (!pj4j_thread_ensure(env))
        return;
    if (pjsua_get_state() < PJSUA_STATE_INIT) {
        pj4j_throw_status(env, PJ_EINVALIDOP, "PlayerEvents.watch (pjsua is not initialised)");
        return;
    }
    status = pjsua_player_get_port(player_id, &port);
    if (status == PJ_SUCCESS)
        status = pjmedia_wav_player_set_eof_cb2(port, (void *) (intptr_t) player_id, &eof_reached);
    if (status != PJ_SUCCESS)
        pj4j_throw_status(env, status, "PlayerEvents.watch");
}
