/* pjlib's log output goes to NativeBridge.onLog, which hands it to System.Logger. The level pjlib
 * formats at is the most detailed one that logger would keep (set from Java), so filtered-out lines
 * are never formatted, let alone sent up. */
#include <pthread.h>

#include "pj4j.h"
#include "org_pjsua4j_raw_NativeBridge.h"

static jmethodID m_log, m_level;
static volatile int level = 3;
/* Orders the changes of pjlib's level: a capture raises it for a moment and must put back the
 * level Java set, not one a concurrent setLogLevel replaced meanwhile. */
static pthread_mutex_t level_lock = PTHREAD_MUTEX_INITIALIZER;

typedef struct capture {
    void (*sink)(void *ctx, const char *data, int len);
    void *ctx;
} capture;
/* Set while this thread's lines go to a capture instead of Java. */
static _Thread_local capture *capturing;

int pj4j_log_init(JNIEnv *env)
{
    m_log = (*env)->GetStaticMethodID(env, pj4j_bridge_class(), "onLog", "(I[B)V");
    m_level = m_log ? (*env)->GetStaticMethodID(env, pj4j_bridge_class(), "currentLogLevel", "()I") : NULL;
    return m_level != NULL;
}

int pj4j_log_level(void)
{
    return level;
}

/* Logger configuration may change between endpoint starts (tests, applications reconfiguring
 * logging), so pjsua_init asks again. */
void pj4j_log_refresh(void)
{
    JNIEnv *env = pj4j_env();
    jint fresh;

    if (!env)
        return;
    fresh = (*env)->CallStaticIntMethod(env, pj4j_bridge_class(), m_level);
    if ((*env)->ExceptionCheck(env)) {
        pj4j_upcall_done(env, "currentLogLevel");
        return;
    }
    pthread_mutex_lock(&level_lock);
    level = fresh;
    pj_log_set_level(fresh);
    pthread_mutex_unlock(&level_lock);
}

JNIEXPORT void JNICALL Java_org_pjsua4j_raw_NativeBridge_setLogLevel(JNIEnv *env, jclass cls, jint new_level)
{
    (void) env;
    (void) cls;
    pthread_mutex_lock(&level_lock);
    level = new_level;
    pj_log_set_level(new_level);
    pthread_mutex_unlock(&level_lock);
}

void pj4j_log_capture(int at_level, void (*run)(void), void (*sink)(void *ctx, const char *data, int len), void *ctx)
{
    capture c = {sink, ctx};

    /* pjlib drops a line above its level before formatting it, so the level is raised for the run;
     * other threads' extra lines meanwhile are filtered by their System.Logger as usual. */
    pthread_mutex_lock(&level_lock);
    if (pj_log_get_level() < at_level)
        pj_log_set_level(at_level);
    capturing = &c;
    run();
    capturing = NULL;
    pj_log_set_level(level);
    pthread_mutex_unlock(&level_lock);
}

void pj4j_log_cb(int msg_level, const char *data, int len)
{
    JNIEnv *env;
    jbyteArray text;

    if (capturing) {
        capturing->sink(capturing->ctx, data, len);
        return;
    }
    env = pj4j_env();
    if (!env || len <= 0)
        return;
    /* A pending exception (a failed call about to return to Java) must not be disturbed; the line
     * is dropped rather than the exception. */
    if ((*env)->ExceptionCheck(env))
        return;
    while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r'))
        len--;
    if ((*env)->PushLocalFrame(env, 4) != 0)
        return;
    text = pj4j_chars_to_bytes(env, data, (size_t) len);
    if (text)
        (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_log, (jint) msg_level, text);
    if ((*env)->ExceptionCheck(env))
        (*env)->ExceptionClear(env);
    (*env)->PopLocalFrame(env, NULL);
}
