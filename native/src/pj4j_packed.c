/* A snapshot handed to Java without an upcall or an array per string (pj4j_snapshot.c,
 * pj4j_acc_snapshot.c), in one byte[] the caller keeps for the next read (raw.Packed): first its
 * numbers and the end of each text as jlongs in native byte order, then the texts one after another.
 * Java reuses the Strings of the last read whose bytes are unchanged, so a read allocates nothing for
 * text that stayed the same. One array, one critical section: each JNI call costs a few ns, a third
 * of pjsua_acc_get_info. */
#include "pj4j.h"

#include <string.h>

static size_t text_len(const pj_str_t *s)
{
    return s->ptr && s->slen > 0 ? (size_t) s->slen : 0;
}

jint pj4j_packed_put(JNIEnv *env, jbyteArray out, jlong *v, int nvalues, const pj_str_t *texts, int ntexts,
                     const char *what)
{
    size_t header = sizeof(*v) * (size_t) (nvalues + ntexts), total = 0, capacity;
    char *dst, *p;
    int i;

    if (!out) {
        pj4j_throw_null(env, what);
        return -1;
    }
    capacity = (size_t) (*env)->GetArrayLength(env, out);
    for (i = 0; i < ntexts; i++) {
        total += text_len(&texts[i]);
        v[nvalues + i] = (jlong) total;
    }
    if (header + total > capacity)
        return (jint) (header + total);
    /* Only memcpy between Get and Release: no JNI call, nothing that may block. */
    dst = (*env)->GetPrimitiveArrayCritical(env, out, NULL);
    if (!dst) {
        pj4j_throw_oom(env, what);
        return -1;
    }
    memcpy(dst, v, header);
    p = dst + header;
    for (i = 0; i < ntexts; i++) {
        size_t len = text_len(&texts[i]);

        if (len)
            memcpy(p, texts[i].ptr, len);
        p += len;
    }
    (*env)->ReleasePrimitiveArrayCritical(env, out, dst, 0);
    return (jint) (header + total);
}
