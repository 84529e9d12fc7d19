/* Java exceptions raised by the bridge. pjsua failures become org.pjsua4j.raw.PjsipException carrying
 * the pj_status_t, the C function that failed and pj_strerror's text. */
#include "pj4j.h"

#include <stdio.h>

static jclass pjsip_exception;
static jmethodID pjsip_exception_init;
static jmethodID report_upcall_failure;

int pj4j_errors_init(JNIEnv *env)
{
    pjsip_exception = pj4j_global_class(env, "org/pjsua4j/raw/PjsipException");
    if (!pjsip_exception)
        return 0;
    pjsip_exception_init = (*env)->GetMethodID(env, pjsip_exception, "<init>",
                                               "(ILjava/lang/String;Ljava/lang/String;)V");
    if (!pjsip_exception_init)
        return 0;
    report_upcall_failure = (*env)->GetStaticMethodID(env, pj4j_bridge_class(), "reportUpcallFailure",
                                                      "(Ljava/lang/String;Ljava/lang/Throwable;)V");
    return report_upcall_failure != NULL;
}

/* NewStringUTF wants modified UTF-8; pjlib's texts are ASCII, anything else is replaced. */
static jstring ascii_string(JNIEnv *env, const char *text)
{
    char clean[PJ_ERR_MSG_SIZE + 64];
    size_t i;

    for (i = 0; text[i] && i < sizeof(clean) - 1; i++)
        clean[i] = (text[i] > 0 && text[i] < 127) ? text[i] : '?';
    clean[i] = '\0';
    return (*env)->NewStringUTF(env, clean);
}

static void throw_named(JNIEnv *env, const char *class_name, const char *message)
{
    jclass cls = (*env)->FindClass(env, class_name);

    if (cls)
        (*env)->ThrowNew(env, cls, message);
}

void pj4j_throw_status(JNIEnv *env, pj_status_t status, const char *operation)
{
    char text[PJ_ERR_MSG_SIZE];
    jstring j_operation, j_text;
    jobject exception;

    if ((*env)->ExceptionCheck(env))
        return;
    pj_strerror(status, text, sizeof(text));
    j_operation = ascii_string(env, operation);
    if (!j_operation)
        return;
    j_text = ascii_string(env, text);
    if (!j_text)
        return;
    exception = (*env)->NewObject(env, pjsip_exception, pjsip_exception_init, (jint) status,
                                  j_operation, j_text);
    if (exception)
        (*env)->Throw(env, exception);
}

void pj4j_throw_closed(JNIEnv *env, const char *operation)
{
    char message[256];

    snprintf(message, sizeof(message), "%s: the struct is closed (or was never allocated)", operation);
    throw_named(env, "java/lang/IllegalStateException", message);
}

void pj4j_throw_index(JNIEnv *env, const char *what, unsigned index, size_t size)
{
    char message[256];

    snprintf(message, sizeof(message), "%s: index %u out of bounds for length %zu", what, index, size);
    throw_named(env, "java/lang/IndexOutOfBoundsException", message);
}

void pj4j_throw_null(JNIEnv *env, const char *what)
{
    char message[256];

    snprintf(message, sizeof(message), "%s must not be null", what);
    throw_named(env, "java/lang/NullPointerException", message);
}

void pj4j_throw_argument(JNIEnv *env, const char *message)
{
    throw_named(env, "java/lang/IllegalArgumentException", message);
}

void pj4j_throw_unsupported(JNIEnv *env, const char *message)
{
    throw_named(env, "java/lang/UnsupportedOperationException", message);
}

void pj4j_throw_oom(JNIEnv *env, const char *what)
{
    if (!(*env)->ExceptionCheck(env))
        throw_named(env, "java/lang/OutOfMemoryError", what);
}

void pj4j_upcall_done(JNIEnv *env, const char *callback)
{
    jthrowable thrown;
    jstring name;

    if (!(*env)->ExceptionCheck(env))
        return;
    thrown = (*env)->ExceptionOccurred(env);
    (*env)->ExceptionClear(env);
    name = (*env)->NewStringUTF(env, callback);
    if (name)
        (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), report_upcall_failure, name, thrown);
    /* If even the report failed there is nobody left to tell; C must go on regardless. */
    if ((*env)->ExceptionCheck(env))
        (*env)->ExceptionClear(env);
    /* Called outside a local frame too (when PushLocalFrame failed), on a thread that never returns
     * to Java to free them. */
    if (name)
        (*env)->DeleteLocalRef(env, name);
    (*env)->DeleteLocalRef(env, thrown);
}
