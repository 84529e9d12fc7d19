/* Self-contained copies of pjsua's info structs: every string that pointed into pjsua's memory gets a
 * bridge-owned copy (pj4j_owned.c), released when the Java proxy is closed. */
#include "pj4j.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void own(pj_str_t *field)
{
    pj_str_t value = *field;

    pj4j_owned_str_assign(field, &value);
}

void pj4j_acc_info_own(pjsua_acc_info *info)
{
    own(&info->acc_uri);
    own(&info->status_text);
    own(&info->online_status_text);
    own(&info->rpid.id);
    own(&info->rpid.note);
}

static void free_info(pjsua_acc_info *info)
{
    pj4j_owned_release(info, sizeof(*info));
    free(info);
}

jlongArray pj4j_acc_infos(JNIEnv *env, const pjsua_acc_info *infos, unsigned count)
{
    jlong ptrs[PJSUA_MAX_ACC];
    jlongArray array;
    unsigned i;

    if (count > PJSUA_MAX_ACC)
        count = PJSUA_MAX_ACC;
    for (i = 0; i < count; i++) {
        pjsua_acc_info *copy = malloc(sizeof(*copy));

        if (!copy) {
            pj4j_throw_oom(env, "pjsua_acc_info");
            break;
        }
        memcpy(copy, &infos[i], sizeof(*copy));
        pj4j_acc_info_own(copy);
        ptrs[i] = (jlong) (intptr_t) copy;
    }
    array = i == count ? (*env)->NewLongArray(env, (jsize) count) : NULL;
    if (array)
        (*env)->SetLongArrayRegion(env, array, 0, (jsize) count, ptrs);
    if (!array || (*env)->ExceptionCheck(env)) {
        while (i > 0)
            free_info((pjsua_acc_info *) (intptr_t) ptrs[--i]);
        return NULL;
    }
    return array;
}
