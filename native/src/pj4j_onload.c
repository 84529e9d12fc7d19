/* Library load: cache every class and method the bridge needs (failing the load if one is missing),
 * route pjlib's logging to Java and initialise pjlib once for the life of the process, so that
 * thread registrations stay valid across pjsua_create/pjsua_destroy cycles. */
#include "pj4j.h"
#include "org_pjsua4j_raw_NativeBridge.h"

static JavaVM *vm;
static jclass bridge;


jclass pj4j_bridge_class(void)
{
    return bridge;
}

jclass pj4j_global_class(JNIEnv *env, const char *name)
{
    jclass local = (*env)->FindClass(env, name);
    jclass global;

    if (!local)
        return NULL;
    global = (*env)->NewGlobalRef(env, local);
    (*env)->DeleteLocalRef(env, local);
    return global;
}

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *jvm, void *reserved)
{
    JNIEnv *env;

    (void) reserved;
    vm = jvm;
    pj4j_malloc_limit_arenas();
    if ((*jvm)->GetEnv(jvm, (void **) &env, PJ4J_JNI_VERSION) != JNI_OK)
        return JNI_ERR;
    bridge = pj4j_global_class(env, "org/pjsua4j/raw/NativeBridge");
    if (!bridge || !pj4j_threads_init(jvm) || !pj4j_errors_init(env) || !pj4j_callbacks_init(env)
        || !pj4j_log_init(env) || !pj4j_owned_init(env) || !pj4j_unhandled_bridge_init(env)
        || !pj4j_players_init(env))
        return JNI_ERR;

    pj_log_set_log_func(&pj4j_log_cb);
    pj_log_set_level(pj4j_log_level());
    if (pj_init() != PJ_SUCCESS)
        return JNI_ERR;
    return PJ4J_JNI_VERSION;
}

JNIEXPORT jstring JNICALL Java_org_pjsua4j_raw_NativeBridge_nativeVersion(JNIEnv *env, jclass cls)
{
    (void) cls;
    return (*env)->NewStringUTF(env, PJSUA4J_VERSION);
}

JNIEXPORT jstring JNICALL Java_org_pjsua4j_raw_NativeBridge_pjsipVersion(JNIEnv *env, jclass cls)
{
    (void) cls;
    return (*env)->NewStringUTF(env, pj_get_version());
}
