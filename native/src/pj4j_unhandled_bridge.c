/* The Java side of the unhandled-request module (pj4j_unhandled.c): the upcall that offers a held
 * request to org.pjsua4j.raw.UnhandledRequests, and its native answer methods. A bridge of its own
 * rather than a row of PJ4J_CALLBACKS: that table is pjsua_callback's fields, and this is no pjsua
 * callback; its answer comes later, from any thread. */
#include "pj4j.h"
#include "org_pjsua4j_raw_UnhandledRequests.h"

#include <stdlib.h>
#include <string.h>

static jclass requests_class;
static jclass byte_array_class;
static jmethodID on_request;

int pj4j_unhandled_bridge_init(JNIEnv *env)
{
    requests_class = pj4j_global_class(env, "org/pjsua4j/raw/UnhandledRequests");
    if (!requests_class)
        return 0;
    byte_array_class = pj4j_global_class(env, "[B");
    if (!byte_array_class)
        return 0;
    on_request = (*env)->GetStaticMethodID(env, requests_class, "onRequest", "(J[B[B[[B[[B[B[B)Z");
    return on_request != NULL;
}

/* Each header of msg as name and value, printed by pjsip into buf; 0 with an exception pending, or
 * when a header does not fit (buf is sized so that none should). */
static int headers(JNIEnv *env, const pjsip_msg *msg, char *buf, size_t size, jobjectArray *p_names,
                   jobjectArray *p_values)
{
    const pjsip_hdr *h;
    jsize count = 0, i = 0;

    for (h = msg->hdr.next; h != &msg->hdr; h = h->next)
        count++;
    *p_names = (*env)->NewObjectArray(env, count, byte_array_class, NULL);
    *p_values = *p_names ? (*env)->NewObjectArray(env, count, byte_array_class, NULL) : NULL;
    if (!*p_values)
        return 0;
    for (h = msg->hdr.next; h != &msg->hdr; h = h->next, i++) {
        int len = pjsip_hdr_print_on((void *) h, buf, size);
        const char *colon = len > 0 ? memchr(buf, ':', (size_t) len) : NULL;
        const char *value;
        jbyteArray name_bytes, value_bytes;

        if (!colon)
            return 0;
        for (value = colon + 1; value < buf + len && (*value == ' ' || *value == '\t'); value++)
            ;
        name_bytes = pj4j_chars_to_bytes(env, buf, (size_t) (colon - buf));
        value_bytes = name_bytes ? pj4j_chars_to_bytes(env, value, (size_t) (buf + len - value)) : NULL;
        if (!value_bytes)
            return 0;
        (*env)->SetObjectArrayElement(env, *p_names, i, name_bytes);
        if ((*env)->ExceptionCheck(env))
            return 0;
        (*env)->SetObjectArrayElement(env, *p_values, i, value_bytes);
        if ((*env)->ExceptionCheck(env))
            return 0;
        (*env)->DeleteLocalRef(env, name_bytes);
        (*env)->DeleteLocalRef(env, value_bytes);
    }
    return 1;
}

static int offer(JNIEnv *env, pj_int64_t id, const pjsip_rx_data *rdata, char *buf, size_t size)
{
    const pjsip_msg *msg = rdata->msg_info.msg;
    jbyteArray method, uri, content_type = NULL, body = NULL;
    jobjectArray names, values;
    jboolean taken;
    int len;

    method = pj4j_str_to_bytes(env, &msg->line.req.method.name);
    if (!method)
        return 0;
    len = pjsip_uri_print(PJSIP_URI_IN_REQ_URI, msg->line.req.uri, buf, size);
    uri = len > 0 ? pj4j_chars_to_bytes(env, buf, (size_t) len) : NULL;
    if (!uri || !headers(env, msg, buf, size, &names, &values))
        return 0;
    if (msg->body) {
        len = pjsip_media_type_print(buf, (unsigned) size, &msg->body->content_type);
        content_type = len > 0 ? pj4j_chars_to_bytes(env, buf, (size_t) len) : NULL;
        body = content_type ? pj4j_chars_to_bytes(env, msg->body->data, msg->body->len) : NULL;
        if (!body)
            return 0;
    }
    taken = (*env)->CallStaticBooleanMethod(env, requests_class, on_request, (jlong) id, method, uri, names, values,
                                            content_type, body);
    return !(*env)->ExceptionCheck(env) && taken;
}

int pj4j_unhandled_upcall(pj_int64_t id, const pjsip_rx_data *rdata)
{
    /* pjsip prints nothing longer than twice what it parsed, plus its own separators. */
    size_t size = 2 * (size_t) rdata->msg_info.len + 512;
    JNIEnv *env = pj4j_env();
    char *buf;
    int taken;

    if (!env)
        return 0;
    buf = malloc(size);
    if (!buf)
        return 0;
    if ((*env)->PushLocalFrame(env, 16) != 0) {
        pj4j_upcall_done(env, "UnhandledRequests.onRequest");
        free(buf);
        return 0;
    }
    taken = offer(env, id, rdata, buf, size);
    pj4j_upcall_done(env, "UnhandledRequests.onRequest");
    (*env)->PopLocalFrame(env, NULL);
    free(buf);
    return taken;
}

static void to_str(const pj4j_bytes *bytes, pj_str_t *str)
{
    str->ptr = bytes->data;
    str->slen = (pj_ssize_t) bytes->len;
}

/* Copies n byte arrays of array into out (zeroed first, so that all of them can be released). */
static int get_all(JNIEnv *env, jobjectArray array, pj4j_bytes *out, jsize n)
{
    jsize i;

    memset(out, 0, sizeof(*out) * (size_t) n);
    for (i = 0; i < n; i++) {
        jbyteArray item = (*env)->GetObjectArrayElement(env, array, i);

        if ((*env)->ExceptionCheck(env))
            return 0;
        if (!item) {
            pj4j_throw_null(env, "UnhandledRequests.answer: a header");
            return 0;
        }
        if (!pj4j_bytes_get(env, item, &out[i]))
            return 0;
        (*env)->DeleteLocalRef(env, item);
    }
    return 1;
}

static void release_all(pj4j_bytes *bytes, jsize n)
{
    jsize i;

    for (i = 0; i < n; i++)
        pj4j_bytes_release(&bytes[i]);
}

JNIEXPORT jint JNICALL Java_org_pjsua4j_raw_UnhandledRequests_nativeAnswer(JNIEnv *env, jclass cls, jlong id,
                                                                            jint code, jbyteArray reason,
                                                                            jobjectArray names, jobjectArray values,
                                                                            jbyteArray content_type, jbyteArray body)
{
    pj4j_bytes reason_bytes, type_bytes, body_bytes, *header_bytes = NULL;
    pj_str_t reason_str, type_str, body_str, *strs = NULL;
    jsize n = 0, i;
    pj4j_answer answer;
    jint status = PJ_ENOMEM;

    (void) cls;
    if (!pj4j_thread_ensure(env))
        return PJ_EINVALIDOP;
    if (!names || !values) {
        pj4j_throw_null(env, "UnhandledRequests.answer: header names and values");
        return PJ_EINVAL;
    }
    n = (*env)->GetArrayLength(env, names);
    if (n != (*env)->GetArrayLength(env, values))
        return PJ_EINVAL;
    /* Names then values, in one allocation each. */
    header_bytes = calloc((size_t) n * 2 + 1, sizeof(*header_bytes));
    strs = calloc((size_t) n * 2 + 1, sizeof(*strs));
    reason_bytes.data = type_bytes.data = body_bytes.data = NULL;
    if (!header_bytes || !strs) {
        pj4j_throw_oom(env, "UnhandledRequests.answer");
    } else if (get_all(env, names, header_bytes, n) && get_all(env, values, header_bytes + n, n)
               && pj4j_bytes_get(env, reason, &reason_bytes) && pj4j_bytes_get(env, content_type, &type_bytes)
               && pj4j_bytes_get(env, body, &body_bytes)) {
        for (i = 0; i < 2 * n; i++)
            to_str(&header_bytes[i], &strs[i]);
        to_str(&reason_bytes, &reason_str);
        to_str(&type_bytes, &type_str);
        to_str(&body_bytes, &body_str);
        answer.code = code;
        answer.reason = reason ? &reason_str : NULL;
        answer.header_count = (unsigned) n;
        answer.names = strs;
        answer.values = strs + n;
        answer.content_type = content_type ? &type_str : NULL;
        answer.body = body ? &body_str : NULL;
        status = pj4j_unhandled_answer((pj_int64_t) id, &answer);
    }
    if (header_bytes)
        release_all(header_bytes, 2 * n);
    pj4j_bytes_release(&reason_bytes);
    pj4j_bytes_release(&type_bytes);
    pj4j_bytes_release(&body_bytes);
    free(header_bytes);
    free(strs);
    return status;
}

JNIEXPORT jint JNICALL Java_org_pjsua4j_raw_UnhandledRequests_nativeAnswerDefault(JNIEnv *env, jclass cls, jlong id)
{
    (void) cls;
    if (!pj4j_thread_ensure(env))
        return PJ_EINVALIDOP;
    return pj4j_unhandled_answer_default((pj_int64_t) id);
}
