/* Self-contained copies of pjsua's info structs: every string that pointed into pjsua's memory gets a
 * copy owned by the struct (pj4j_owned.c), released when the Java proxy is closed. */
#include "pj4j.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Text in pjsua's or pjsip's memory is copied; pjsip's constant phrases, which most status texts are,
 * and empty text are kept as they are. */
static int own(pj4j_owner *owner, pj_str_t *field, const char *what)
{
    pj_str_t value = *field;

    if (!value.ptr || value.slen <= 0) {
        field->ptr = value.ptr ? (char *) "" : NULL;
        field->slen = 0;
        return pj4j_owned_str_keep(owner, field, what);
    }
    if (pj4j_is_static_text(value.ptr))
        return pj4j_owned_str_keep(owner, field, what);
    return pj4j_owned_str_assign(owner, field, &value, what);
}

void pj4j_acc_info_own(pj4j_owner *owner, pjsua_acc_info *info)
{
    static const char what[] = "pjsua_acc_get_info: info must be a pjsua_acc_info of its own, not one pjsua lent";

    (void) (own(owner, &info->acc_uri, what) && own(owner, &info->status_text, what)
            && own(owner, &info->online_status_text, what) && own(owner, &info->rpid.id, what)
            && own(owner, &info->rpid.note, what));
}

/* pjsua_codec_info's strings point into its own buf_, so a plain copy would point into the original. */
static void codec_info_own(pj4j_owner *owner, pjsua_codec_info *info)
{
    (void) (own(owner, &info->codec_id, "pjsua_codec_info") && own(owner, &info->desc, "pjsua_codec_info"));
}

/* Caller-owned heap copies of count infos of size bytes each, made self-contained by own_strings, as
 * a long[] of their addresses for the Java proxies to take over. */
static jlongArray copy_infos(JNIEnv *env, const void *infos, size_t size, unsigned count, unsigned max,
                             void (*own_strings)(pj4j_owner *, void *), const char *what)
{
    jlong ptrs[PJ4J_MAX_IDS];
    jlongArray array = NULL;
    unsigned i;

    if (count > max)
        count = max;
    for (i = 0; i < count; i++) {
        void *copy = pj4j_struct_new(size);

        if (!copy) {
            pj4j_throw_oom(env, what);
            break;
        }
        memcpy(copy, (const char *) infos + i * size, size);
        ptrs[i] = (jlong) (intptr_t) copy;
        own_strings(pj4j_owner_of((jlong) (intptr_t) copy), copy);
        if ((*env)->ExceptionCheck(env)) {
            i++;
            break;
        }
    }
    if (i == count && !(*env)->ExceptionCheck(env))
        array = (*env)->NewLongArray(env, (jsize) count);
    if (array)
        (*env)->SetLongArrayRegion(env, array, 0, (jsize) count, ptrs);
    if (!array || (*env)->ExceptionCheck(env)) {
        while (i > 0) {
            void *copy = (void *) (intptr_t) ptrs[--i];

            pj4j_struct_free(copy);
        }
        return NULL;
    }
    return array;
}

static void own_acc_info(pj4j_owner *owner, void *info)
{
    pj4j_acc_info_own(owner, info);
}

static void own_codec_info(pj4j_owner *owner, void *info)
{
    codec_info_own(owner, info);
}

jlongArray pj4j_acc_infos(JNIEnv *env, const pjsua_acc_info *infos, unsigned count)
{
    return copy_infos(env, infos, sizeof(*infos), count, PJSUA_MAX_ACC, own_acc_info, "pjsua_acc_info");
}

jlongArray pj4j_codec_infos(JNIEnv *env, const pjsua_codec_info *infos, unsigned count)
{
    return copy_infos(env, infos, sizeof(*infos), count, PJ4J_MAX_CODECS, own_codec_info, "pjsua_codec_info");
}
