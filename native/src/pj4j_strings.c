/* Conversions between Java byte[] (UTF-8, encoded and decoded by org.pjsua4j.raw.Utf8) and C text. */
#include "pj4j.h"
#include "org_pjsua4j_raw_NativeBridge.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* Heap copies not yet released, for the test that every early return of a wrapper frees them. */
static atomic_long heap_copies;

int pj4j_bytes_get(JNIEnv *env, jbyteArray array, pj4j_bytes *out)
{
    jsize len;

    out->data = NULL;
    out->len = 0;
    if (!array)
        return 1;
    len = (*env)->GetArrayLength(env, array);
    /* One more byte than needed: pjsua functions that treat the text as a C string stay safe. */
    if ((size_t) len < sizeof(out->small)) {
        out->data = out->small;
    } else {
        out->data = malloc((size_t) len + 1);
        if (!out->data) {
            pj4j_throw_oom(env, "string argument");
            return 0;
        }
        atomic_fetch_add_explicit(&heap_copies, 1, memory_order_relaxed);
    }
    (*env)->GetByteArrayRegion(env, array, 0, len, (jbyte *) out->data);
    if ((*env)->ExceptionCheck(env)) {
        pj4j_bytes_release(out);
        return 0;
    }
    out->data[len] = '\0';
    out->len = (size_t) len;
    return 1;
}

void pj4j_bytes_release(pj4j_bytes *bytes)
{
    if (bytes->data && bytes->data != bytes->small) {
        free(bytes->data);
        atomic_fetch_sub_explicit(&heap_copies, 1, memory_order_relaxed);
    }
    bytes->data = NULL;
}

/* The filled array, or NULL when filling it raised an exception (left pending). */
static jarray filled(JNIEnv *env, jarray array)
{
    if (array && (*env)->ExceptionCheck(env)) {
        (*env)->DeleteLocalRef(env, array);
        return NULL;
    }
    return array;
}

jbyteArray pj4j_chars_to_bytes(JNIEnv *env, const char *chars, size_t len)
{
    jbyteArray array = (*env)->NewByteArray(env, (jsize) len);

    if (array && len)
        (*env)->SetByteArrayRegion(env, array, 0, (jsize) len, (const jbyte *) chars);
    return filled(env, array);
}

jbyteArray pj4j_str_to_bytes(JNIEnv *env, const pj_str_t *str)
{
    if (!str)
        return NULL;
    return pj4j_chars_to_bytes(env, str->ptr, str->ptr && str->slen > 0 ? (size_t) str->slen : 0);
}

jintArray pj4j_int_array(JNIEnv *env, const int *values, unsigned count)
{
    jintArray array = (*env)->NewIntArray(env, (jsize) count);

    if (array && count)
        (*env)->SetIntArrayRegion(env, array, 0, (jsize) count, (const jint *) values);
    return filled(env, array);
}

JNIEXPORT jlong JNICALL Java_org_pjsua4j_raw_NativeBridge_argumentCopyCount(JNIEnv *env, jclass cls)
{
    (void) env;
    (void) cls;
    return (jlong) atomic_load_explicit(&heap_copies, memory_order_relaxed);
}
