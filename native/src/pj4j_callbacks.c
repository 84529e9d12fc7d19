/* pjsua's callbacks, forwarded to org.pjsua4j.raw.NativeBridge on the pjsip thread that raised them.
 * Only callbacks the installed Java callback overrides are forwarded (the mask); the rest cost one
 * branch. Each upcall runs in its own local frame because pjsip's threads never return to Java to
 * free local references. */
#include "pj4j.h"
#include "org_pjsua4j_raw_NativeBridge.h"

#include <stdint.h>

static jmethodID m_reg_state, m_incoming_call, m_call_state, m_call_media_state, m_dtmf_digit, m_request_done,
    m_transfer_status, m_redirected, m_replaced, m_pager, m_pager_status;
static jclass byte_array_class;
static volatile jint mask;

#define WANTS(bit) ((mask & org_pjsua4j_raw_NativeBridge_##bit) != 0)

int pj4j_callbacks_init(JNIEnv *env)
{
    jclass cls = pj4j_bridge_class();

    byte_array_class = pj4j_global_class(env, "[B");
    if (!byte_array_class)
        return 0;
    m_reg_state = (*env)->GetStaticMethodID(env, cls, "onRegState", "(III[BI[[B[BIZ)V");
    m_incoming_call = (*env)->GetStaticMethodID(env, cls, "onIncomingCall", "(IIJ)V");
    m_call_state = (*env)->GetStaticMethodID(env, cls, "onCallState", "(IJ)V");
    m_call_media_state = (*env)->GetStaticMethodID(env, cls, "onCallMediaState", "(I)V");
    m_dtmf_digit = (*env)->GetStaticMethodID(env, cls, "onDtmfDigit", "(IIII)V");
    m_request_done = (*env)->GetStaticMethodID(env, cls, "onAccSendRequest", "(IJI[B)V");
    m_transfer_status = (*env)->GetStaticMethodID(env, cls, "onCallTransferStatus", "(II[BZ)Z");
    m_redirected = (*env)->GetStaticMethodID(env, cls, "onCallRedirected", "(I[BJ)I");
    m_replaced = (*env)->GetStaticMethodID(env, cls, "onCallReplaced", "(II)V");
    m_pager = (*env)->GetStaticMethodID(env, cls, "onPager", "(I[B[B[B[B[BJI)V");
    m_pager_status = (*env)->GetStaticMethodID(env, cls, "onPagerStatus", "(I[B[BJI[BJJI)V");
    return m_reg_state && m_incoming_call && m_call_state && m_call_media_state && m_dtmf_digit && m_request_done
        && m_transfer_status && m_redirected && m_replaced && m_pager && m_pager_status;
}

JNIEXPORT void JNICALL Java_org_pjsua4j_raw_NativeBridge_setCallbackMask(JNIEnv *env, jclass cls, jint bits)
{
    (void) env;
    (void) cls;
    mask = bits;
}

static JNIEnv *enter(void)
{
    JNIEnv *env = pj4j_env();

    if (!env || (*env)->PushLocalFrame(env, 8) != 0)
        return NULL;
    return env;
}

static void leave(JNIEnv *env, const char *callback)
{
    pj4j_upcall_done(env, callback);
    (*env)->PopLocalFrame(env, NULL);
}

/* The Contact URIs the registrar returned (every binding of the AOR), as UTF-8 byte arrays. */
static jobjectArray contact_uris(JNIEnv *env, const struct pjsip_regc_cbparam *p)
{
    char buf[PJSIP_MAX_URL_SIZE];
    jobjectArray array = (*env)->NewObjectArray(env, (jsize) p->contact_cnt, byte_array_class, NULL);
    int i;

    for (i = 0; array && i < p->contact_cnt; i++) {
        int len = pjsip_uri_print(PJSIP_URI_IN_CONTACT_HDR, p->contact[i]->uri, buf, sizeof(buf));
        jbyteArray uri = pj4j_chars_to_bytes(env, buf, len > 0 ? (size_t) len : 0);

        if (!uri)
            return NULL;
        (*env)->SetObjectArrayElement(env, array, (jsize) i, uri);
        (*env)->DeleteLocalRef(env, uri);
    }
    return array;
}

/* Seconds from a Retry-After header in the response, or -1. */
static int retry_after(const struct pjsip_regc_cbparam *p)
{
    const pjsip_retry_after_hdr *h;

    if (!p->rdata || !p->rdata->msg_info.msg)
        return -1;
    h = pjsip_msg_find_hdr(p->rdata->msg_info.msg, PJSIP_H_RETRY_AFTER, NULL);
    return h ? (int) h->ivalue : -1;
}

static void on_reg_state2(pjsua_acc_id acc_id, pjsua_reg_info *info)
{
    JNIEnv *env;
    jbyteArray reason, contact = NULL;
    jobjectArray contacts = NULL;
    pj_str_t our_contact;
    struct pjsip_regc_cbparam *p = info ? info->cbparam : NULL;

    if (!WANTS(CB_REG_STATE) || !p || !(env = enter()))
        return;
    pj4j_acc_contact(acc_id, &our_contact);
    reason = pj4j_str_to_bytes(env, &p->reason);
    if (reason)
        contacts = contact_uris(env, p);
    if (contacts)
        contact = pj4j_str_to_bytes(env, &our_contact);
    if (contact)
        (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_reg_state, (jint) acc_id, (jint) p->status,
                                     (jint) p->code, reason, (jint) p->expiration, contacts, contact,
                                     (jint) retry_after(p), (jboolean) (info->renew != 0));
    leave(env, "on_reg_state2");
}

static void on_incoming_call(pjsua_acc_id acc_id, pjsua_call_id call_id, pjsip_rx_data *rdata)
{
    JNIEnv *env;

    if (!WANTS(CB_INCOMING_CALL) || !(env = enter()))
        return;
    (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_incoming_call, (jint) acc_id, (jint) call_id,
                                 (jlong) (intptr_t) rdata);
    leave(env, "on_incoming_call");
}

static void on_call_state(pjsua_call_id call_id, pjsip_event *e)
{
    JNIEnv *env;

    if (!WANTS(CB_CALL_STATE) || !(env = enter()))
        return;
    (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_call_state, (jint) call_id, (jlong) (intptr_t) e);
    leave(env, "on_call_state");
}

static void on_call_media_state(pjsua_call_id call_id)
{
    JNIEnv *env;

    if (!WANTS(CB_CALL_MEDIA_STATE) || !(env = enter()))
        return;
    (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_call_media_state, (jint) call_id);
    leave(env, "on_call_media_state");
}

static void on_dtmf_digit2(pjsua_call_id call_id, const pjsua_dtmf_info *info)
{
    JNIEnv *env;

    if (!WANTS(CB_DTMF_DIGIT) || !info || !(env = enter()))
        return;
    (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_dtmf_digit, (jint) call_id, (jint) info->digit,
                                 (jint) info->method, (jint) info->duration);
    leave(env, "on_dtmf_digit2");
}

void pj4j_request_done(pjsua_acc_id acc_id, void *token, int code, const pj_str_t *reason)
{
    JNIEnv *env;
    jbyteArray text;

    if (!WANTS(CB_ACC_SEND_REQUEST) || !(env = enter()))
        return;
    text = pj4j_str_to_bytes(env, reason);
    if (text)
        (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_request_done, (jint) acc_id,
                                     (jlong) (intptr_t) token, (jint) code, text);
    leave(env, "on_acc_send_request");
}

/* The final response (or pjsip's own timeout/transport-error status) of pjsua_acc_send_request. */
static void on_acc_send_request(pjsua_acc_id acc_id, void *token, pjsip_event *e)
{
    const pjsip_transaction *tsx;

    if (!e || e->type != PJSIP_EVENT_TSX_STATE || !(tsx = e->body.tsx_state.tsx))
        return;
    pj4j_request_done(acc_id, token, tsx->status_code, &tsx->status_text);
}

static void on_call_transfer_status(pjsua_call_id call_id, int st_code, const pj_str_t *st_text, pj_bool_t final,
                                    pj_bool_t *p_cont)
{
    JNIEnv *env;
    jbyteArray text;

    if (!WANTS(CB_CALL_TRANSFER_STATUS) || !(env = enter()))
        return;
    text = pj4j_str_to_bytes(env, st_text);
    if (text) {
        jboolean cont = (*env)->CallStaticBooleanMethod(env, pj4j_bridge_class(), m_transfer_status,
                                                        (jint) call_id, (jint) st_code, text, (jboolean) (final != 0));

        if (!(*env)->ExceptionCheck(env) && p_cont)
            *p_cont = cont ? PJ_TRUE : PJ_FALSE;
    }
    leave(env, "on_call_transfer_status");
}

/* Without an answer from Java (not overridden, or it threw) the redirect stops, as pjsua does when the
 * application has no callback: following a redirect is a decision, not a default. */
static pjsip_redirect_op on_call_redirected(pjsua_call_id call_id, const pjsip_uri *target, const pjsip_event *e)
{
    char buf[PJSIP_MAX_URL_SIZE];
    JNIEnv *env;
    jbyteArray uri;
    jint op = PJSIP_REDIRECT_STOP;
    int len;

    if (!WANTS(CB_CALL_REDIRECTED) || !target || !(env = enter()))
        return PJSIP_REDIRECT_STOP;
    len = pjsip_uri_print(PJSIP_URI_IN_CONTACT_HDR, target, buf, sizeof(buf));
    uri = pj4j_chars_to_bytes(env, buf, len > 0 ? (size_t) len : 0);
    if (uri) {
        jint answer = (*env)->CallStaticIntMethod(env, pj4j_bridge_class(), m_redirected, (jint) call_id, uri,
                                                  (jlong) (intptr_t) e);

        if (!(*env)->ExceptionCheck(env))
            op = answer;
    }
    leave(env, "on_call_redirected");
    return (pjsip_redirect_op) op;
}

static void on_call_replaced(pjsua_call_id old_call_id, pjsua_call_id new_call_id)
{
    JNIEnv *env;

    if (!WANTS(CB_CALL_REPLACED) || !(env = enter()))
        return;
    (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_replaced, (jint) old_call_id, (jint) new_call_id);
    leave(env, "on_call_replaced");
}

/* Copies n strings into out[]; a NULL string stays null. Returns 0 with an exception pending on failure. */
static int copy_strs(JNIEnv *env, const pj_str_t *const *in, jbyteArray *out, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        out[i] = pj4j_str_to_bytes(env, in[i]);
        if ((*env)->ExceptionCheck(env))
            return 0;
    }
    return 1;
}

static void on_pager2(pjsua_call_id call_id, const pj_str_t *from, const pj_str_t *to, const pj_str_t *contact,
                      const pj_str_t *mime_type, const pj_str_t *body, pjsip_rx_data *rdata, pjsua_acc_id acc_id)
{
    const pj_str_t *in[] = {from, to, contact, mime_type, body};
    jbyteArray s[5];
    JNIEnv *env;

    if (!WANTS(CB_PAGER) || !(env = enter()))
        return;
    if (copy_strs(env, in, s, 5))
        (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_pager, (jint) call_id, s[0], s[1], s[2], s[3],
                                     s[4], (jlong) (intptr_t) rdata, (jint) acc_id);
    leave(env, "on_pager2");
}

static void on_pager_status2(pjsua_call_id call_id, const pj_str_t *to, const pj_str_t *body, void *user_data,
                             pjsip_status_code status, const pj_str_t *reason, pjsip_tx_data *tdata,
                             pjsip_rx_data *rdata, pjsua_acc_id acc_id)
{
    const pj_str_t *in[] = {to, body, reason};
    jbyteArray s[3];
    JNIEnv *env;

    if (!WANTS(CB_PAGER_STATUS) || !(env = enter()))
        return;
    if (copy_strs(env, in, s, 3))
        (*env)->CallStaticVoidMethod(env, pj4j_bridge_class(), m_pager_status, (jint) call_id, s[0], s[1],
                                     (jlong) (intptr_t) user_data, (jint) status, s[2], (jlong) (intptr_t) tdata,
                                     (jlong) (intptr_t) rdata, (jint) acc_id);
    leave(env, "on_pager_status2");
}

void pj4j_callbacks_fill(pjsua_callback *cb)
{
    cb->on_reg_state2 = &on_reg_state2;
    cb->on_incoming_call = &on_incoming_call;
    cb->on_call_state = &on_call_state;
    cb->on_call_media_state = &on_call_media_state;
    cb->on_dtmf_digit2 = &on_dtmf_digit2;
    cb->on_acc_send_request = &on_acc_send_request;
    cb->on_call_transfer_status = &on_call_transfer_status;
    cb->on_call_redirected = &on_call_redirected;
    cb->on_call_replaced = &on_call_replaced;
    cb->on_pager2 = &on_pager2;
    cb->on_pager_status2 = &on_pager_status2;
}
