/* pj4j_acc_snapshot: an account's pjsua_acc_info as one immutable org.pjsua4j.raw.AccountSnapshot.
 * Through a pjsua_acc_info proxy the same costs a struct allocation, copies of its five strings, a
 * JNI crossing per field and a close; this costs one crossing down and one up. The strings are read
 * right after pjsua_acc_get_info, where the proxy path copied them. */
#include "pj4j.h"

#include <string.h>

#define SNAPSHOT_CLASS "org/pjsua4j/raw/AccountSnapshot"
#define TEXT "Ljava/lang/Object;"
#define SNAPSHOT_FACTORY_SIG "(I" TEXT "ZZI" TEXT "JZ" TEXT ")L" SNAPSHOT_CLASS ";"

static jclass snapshot_class;
static jmethodID snapshot_factory;

int pj4j_acc_snapshot_init(JNIEnv *env)
{
    return pj4j_snapshot_factory(env, SNAPSHOT_CLASS, SNAPSHOT_FACTORY_SIG, &snapshot_class, &snapshot_factory);
}

/* ASCII text becomes a String here, one allocation fewer than bytes decoded in Java; anything else
 * (where JNI's modified UTF-8 would differ) goes up as its UTF-8 bytes, for Utf8.decode. */
static jobject text(JNIEnv *env, const pj_str_t *str)
{
    char ascii[256];
    size_t len = str->ptr && str->slen > 0 ? (size_t) str->slen : 0, i;

    if (len >= sizeof(ascii))
        return pj4j_str_to_bytes(env, str);
    for (i = 0; i < len; i++) {
        if ((unsigned char) str->ptr[i] >= 0x80 || str->ptr[i] == '\0')
            return pj4j_str_to_bytes(env, str);
    }
    if (len)
        memcpy(ascii, str->ptr, len);
    ascii[len] = '\0';
    return (*env)->NewStringUTF(env, ascii);
}

jobject pj4j_acc_snapshot(JNIEnv *env, pjsua_acc_id acc_id)
{
    pjsua_acc_info ai;
    jobject uri, status_text, online_text, snapshot;
    pj_status_t status = pjsua_acc_get_info(acc_id, &ai);

    if (status != PJ_SUCCESS) {
        pj4j_throw_status(env, status, "pj4j_acc_snapshot");
        return NULL;
    }
    uri = text(env, &ai.acc_uri);
    status_text = uri ? text(env, &ai.status_text) : NULL;
    online_text = status_text ? text(env, &ai.online_status_text) : NULL;
    if (!online_text)
        return NULL;
    snapshot = (*env)->CallStaticObjectMethod(env, snapshot_class, snapshot_factory, (jint) ai.id, uri,
                                              (jboolean) (ai.is_default != 0), (jboolean) (ai.has_registration != 0),
                                              (jint) ai.status, status_text, (jlong) ai.expires,
                                              (jboolean) (ai.online_status != 0), online_text);
    return (*env)->ExceptionCheck(env) ? NULL : snapshot;
}
