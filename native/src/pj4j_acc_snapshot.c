/* pj4j_acc_snapshot: an account's pjsua_acc_info, for org.pjsua4j.raw.AccountSnapshot, in one crossing
 * without an upcall (pj4j_packed.c). Through a pjsua_acc_info proxy the same costs a struct
 * allocation, copies of its five strings, a JNI crossing per field and a close. The strings are read
 * right after pjsua_acc_get_info, where the proxy path copied them. */
#include "pj4j.h"

/* The values, in the order AccountSnapshot.read takes them; the texts' ends follow. */
enum { V_ID, V_IS_DEFAULT, V_HAS_REGISTRATION, V_STATUS, V_EXPIRES, V_ONLINE_STATUS, V_COUNT };
enum { S_ACC_URI, S_STATUS_TEXT, S_ONLINE_STATUS_TEXT, S_COUNT };

jint pj4j_acc_snapshot(JNIEnv *env, pjsua_acc_id acc_id, jbyteArray out)
{
    pjsua_acc_info ai;
    pj_status_t status = pjsua_acc_get_info(acc_id, &ai);

    if (status != PJ_SUCCESS) {
        pj4j_throw_status(env, status, "pj4j_acc_snapshot");
        return -1;
    }
    {
        jlong v[V_COUNT + S_COUNT] = {
            [V_ID] = ai.id, [V_IS_DEFAULT] = ai.is_default != 0, [V_HAS_REGISTRATION] = ai.has_registration != 0,
            [V_STATUS] = ai.status, [V_EXPIRES] = (jlong) ai.expires, [V_ONLINE_STATUS] = ai.online_status != 0};
        const pj_str_t t[S_COUNT] = {[S_ACC_URI] = ai.acc_uri, [S_STATUS_TEXT] = ai.status_text,
                                     [S_ONLINE_STATUS_TEXT] = ai.online_status_text};

        return pj4j_packed_put(env, out, v, V_COUNT, t, S_COUNT, "pj4j_acc_snapshot: out");
    }
}
