/* A snapshot handed to Java without an upcall or an array per string (pj4j_snapshot.c,
 * pj4j_acc_snapshot.c): its numbers go into a long[] and its texts, one after another, into a byte[]
 * the caller keeps for the next read (raw.Packed). Java reuses the Strings of the last read whose bytes
 * are unchanged, so a read allocates nothing for text that stayed the same. */
#include "pj4j.h"

#include <string.h>

jint pj4j_packed_put(JNIEnv *env, jlongArray values, jlong *v, int nvalues, jbyteArray text, const pj_str_t *texts,
                     int ntexts, const char *what)
{
    size_t total = 0;
    char *dst;
    int i;

    if (!values || !text || (*env)->GetArrayLength(env, values) < nvalues + ntexts) {
        pj4j_throw_argument(env, what);
        return -1;
    }
    for (i = 0; i < ntexts; i++) {
        total += texts[i].ptr && texts[i].slen > 0 ? (size_t) texts[i].slen : 0;
        v[nvalues + i] = (jlong) total;
    }
    (*env)->SetLongArrayRegion(env, values, 0, nvalues + ntexts, v);
    if ((*env)->ExceptionCheck(env))
        return -1;
    if (total > (size_t) (*env)->GetArrayLength(env, text))
        return (jint) total;
    /* Only memcpy between these two: no JNI call, nothing that may block. */
    dst = (*env)->GetPrimitiveArrayCritical(env, text, NULL);
    if (!dst) {
        pj4j_throw_oom(env, what);
        return -1;
    }
    for (i = 0; i < ntexts; i++) {
        size_t len = texts[i].ptr && texts[i].slen > 0 ? (size_t) texts[i].slen : 0;

        if (len)
            memcpy(dst, texts[i].ptr, len);
        dst += len;
    }
    (*env)->ReleasePrimitiveArrayCritical(env, text, dst - total, 0);
    return (jint) total;
}
