/* Thread bookkeeping in both directions:
 * - Java threads calling pjsua are registered with pjlib on their first call (pj4j_thread_ensure);
 *   the descriptor lives in the thread's own TLS, so it is valid exactly as long as the thread.
 * - pjsip's threads calling up into Java are attached to the JVM once, as daemons, and detached by a
 *   pthread key destructor when they exit (pj4j_env). */
#include "pj4j.h"

#include <pthread.h>
#include <stdio.h>

static JavaVM *jvm;
static pthread_key_t detach_key;

static __thread int known_to_pjlib;
/* The descriptor's one owner is the thread's own TLS block: glibc frees it when the dead thread's
 * stack is reused or unmapped, after the thread's last instruction, so nothing has to release it and
 * nothing can release it early. The pointers pjlib keeps to it cannot outlive it: pjlib's TLS slot
 * belongs to the same thread (its key has no destructor that could read it at exit), and a group
 * lock's owner field names the thread only while it holds the lock, which no pjsua call returns
 * with. A malloc'd descriptor freed by a key destructor would instead race with any other destructor
 * that still calls pjlib at thread exit. ThreadStormTest checks that 100,000 threads leave nothing. */
static __thread pj_thread_desc pjlib_desc;
static pj_atomic_value_t java_thread_seq;

static void detach_at_exit(void *vm)
{
    (*(JavaVM *) vm)->DetachCurrentThread((JavaVM *) vm);
}

int pj4j_threads_init(JavaVM *vm)
{
    jvm = vm;
    return pthread_key_create(&detach_key, &detach_at_exit) == 0;
}

int pj4j_thread_ensure(JNIEnv *env)
{
    pj_thread_t *thread;
    char name[PJ_MAX_OBJ_NAME];
    pj_status_t status;

    if (known_to_pjlib)
        return 1;
    if (!pj_thread_is_registered()) {
        snprintf(name, sizeof(name), "java-%ld", (long) __atomic_add_fetch(&java_thread_seq, 1, __ATOMIC_RELAXED));
        status = pj_thread_register(name, pjlib_desc, &thread);
        if (status != PJ_SUCCESS) {
            pj4j_throw_status(env, status, "pj_thread_register");
            return 0;
        }
    }
    known_to_pjlib = 1;
    return 1;
}

JNIEnv *pj4j_env(void)
{
    JNIEnv *env = NULL;
    JavaVMAttachArgs args;
    char name[64];
    jint rc = (*jvm)->GetEnv(jvm, (void **) &env, PJ4J_JNI_VERSION);

    if (rc == JNI_OK)
        return env;
    if (rc != JNI_EDETACHED)
        return NULL;
    snprintf(name, sizeof(name), "pjsip-%s",
             pj_thread_is_registered() ? pj_thread_get_name(pj_thread_this()) : "thread");
    args.version = PJ4J_JNI_VERSION;
    args.name = name;
    args.group = NULL;
    if ((*jvm)->AttachCurrentThreadAsDaemon(jvm, (void **) &env, &args) != JNI_OK)
        return NULL;
    pthread_setspecific(detach_key, jvm);
    return env;
}
