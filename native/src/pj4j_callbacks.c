/* pjsua's callbacks, forwarded to org.pjsua4j.raw.NativeBridge on the pjsip thread that raised them.
 * Only callbacks the installed Java callback overrides are forwarded (the mask); the rest cost one
 * branch. Each upcall runs in its own local frame because pjsip's threads never return to Java to
 * free local references. */
#include "pj4j.h"
#include "org_pjsua4j_raw_NativeBridge.h"

#include <stdint.h>

/* The one list of the callbacks the bridge forwards, a row each: the pjsua_callback field (which is
 * also the name of its handler below and of the PjsuaCallback method), the NativeBridge method the
 * handler calls up, and that method's JNI signature. A row's position is its bit in the mask; it must
 * be the position of its constant in org.pjsua4j.raw.Upcall, which the Java side checks against
 * callbackNames() when the library loads. */
#define PJ4J_CALLBACKS(X)                                            \
    X(on_reg_state2, "onRegState", "(III[BI[[B[BIZ)V")               \
    X(on_incoming_call, "onIncomingCall", "(IIJ)V")                  \
    X(on_call_state, "onCallState", "(IJ)V")                         \
    X(on_call_media_state, "onCallMediaState", "(I)V")               \
    X(on_dtmf_digit2, "onDtmfDigit", "(IIII)V")                      \
    X(on_acc_send_request, "onAccSendRequest", "(IJI[B)V")           \
    X(on_call_transfer_status, "onCallTransferStatus", "(II[BZ)Z")   \
    X(on_call_redirected, "onCallRedirected", "(I[BJ)I")             \
    X(on_call_replaced, "onCallReplaced", "(II)V")                   \
    X(on_pager2, "onPager", "(I[B[B[B[B[BJI)V")                      \
    X(on_pager_status2, "onPagerStatus", "(I[B[BJI[BJJI)V")             \
    X(on_incoming_subscribe, "onIncomingSubscribe", "(IJI[BJ)I")      \
    X(on_buddy_state, "onBuddyState", "(I)V")                         \
    X(on_buddy_evsub_state, "onBuddyEvsubState", "(IJJ)V")            \
    X(on_mwi_info, "onMwiInfo", "(IJJ[B[B)V")                      \
    X(on_call_tsx_state, "onCallTsxState", "(I[BZIIII[BJ)V")            \
    X(on_reg_state, "onAccRegState", "(I)V")

enum {
#define PJ4J_CB_ID(field, method, signature) CB_##field,
    PJ4J_CALLBACKS(PJ4J_CB_ID)
#undef PJ4J_CB_ID
    CB_COUNT
};
_Static_assert(CB_COUNT < 32, "the mask is a jint");

static const struct {
    const char *field;
    const char *method;
    const char *signature;
} rows[CB_COUNT] = {
#define PJ4J_CB_ROW(field, method, signature) {#field, method, signature},
    PJ4J_CALLBACKS(PJ4J_CB_ROW)
#undef PJ4J_CB_ROW
};

static jmethodID methods[CB_COUNT];
static jclass byte_array_class;
static volatile jint mask;
static unsigned long upcalls;

/* Calls up the NativeBridge method of the row: UPCALL(env, Void, on_call_state, args...). */
#define UPCALL(env, Type, field, ...) \
    (*(env))->CallStatic##Type##Method((env), pj4j_bridge_class(), methods[CB_##field], __VA_ARGS__)

int pj4j_callbacks_init(JNIEnv *env)
{
    int i;

    byte_array_class = pj4j_global_class(env, "[B");
    if (!byte_array_class)
        return 0;
    /* A missing method fails the load with NoSuchMethodError naming it. */
    for (i = 0; i < CB_COUNT; i++) {
        methods[i] = (*env)->GetStaticMethodID(env, pj4j_bridge_class(), rows[i].method, rows[i].signature);
        if (!methods[i])
            return 0;
    }
    return 1;
}

JNIEXPORT jobjectArray JNICALL Java_org_pjsua4j_raw_NativeBridge_callbackNames(JNIEnv *env, jclass cls)
{
    jclass string_class = (*env)->FindClass(env, "java/lang/String");
    jobjectArray names;
    int i;

    (void) cls;
    if (!string_class)
        return NULL;
    names = (*env)->NewObjectArray(env, CB_COUNT, string_class, NULL);
    for (i = 0; names && i < CB_COUNT; i++) {
        jstring name = (*env)->NewStringUTF(env, rows[i].field);

        if (!name)
            return NULL;
        (*env)->SetObjectArrayElement(env, names, i, name);
        if ((*env)->ExceptionCheck(env))
            return NULL;
        (*env)->DeleteLocalRef(env, name);
    }
    return names;
}

JNIEXPORT void JNICALL Java_org_pjsua4j_raw_NativeBridge_setCallbackMask(JNIEnv *env, jclass cls, jint bits)
{
    (void) env;
    (void) cls;
    mask = bits;
}

/* The thread's JNIEnv in a new local frame for an upcall of callback id, or NULL when the installed
 * callback does not override it or Java cannot be reached. */
static JNIEnv *enter(int id)
{
    JNIEnv *env;

    if (!(mask & (1 << id)) || !(env = pj4j_env()))
        return NULL;
    if ((*env)->PushLocalFrame(env, 8) != 0) {
        pj4j_upcall_done(env, rows[id].field);
        return NULL;
    }
    __atomic_add_fetch(&upcalls, 1, __ATOMIC_RELAXED);
    return env;
}

unsigned long pj4j_upcall_count(void)
{
    return __atomic_load_n(&upcalls, __ATOMIC_RELAXED);
}

/* After the upcall: reports what Java threw and frees the frame's references. */
static void leave(JNIEnv *env, int id)
{
    pj4j_upcall_done(env, rows[id].field);
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
        if ((*env)->ExceptionCheck(env))
            return NULL;
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

    if (!p || !(env = enter(CB_on_reg_state2)))
        return;
    pj4j_acc_contact(acc_id, &our_contact);
    reason = pj4j_str_to_bytes(env, &p->reason);
    if (reason)
        contacts = contact_uris(env, p);
    if (contacts)
        contact = pj4j_str_to_bytes(env, &our_contact);
    if (contact)
        UPCALL(env, Void, on_reg_state2, (jint) acc_id, (jint) p->status, (jint) p->code, reason,
               (jint) p->expiration, contacts, contact, (jint) retry_after(p), (jboolean) (info->renew != 0));
    leave(env, CB_on_reg_state2);
}

static void on_incoming_call(pjsua_acc_id acc_id, pjsua_call_id call_id, pjsip_rx_data *rdata)
{
    JNIEnv *env;

    if (!(env = enter(CB_on_incoming_call)))
        return;
    UPCALL(env, Void, on_incoming_call, (jint) acc_id, (jint) call_id, (jlong) (intptr_t) rdata);
    leave(env, CB_on_incoming_call);
}

static void on_call_state(pjsua_call_id call_id, pjsip_event *e)
{
    JNIEnv *env;

    if (!(env = enter(CB_on_call_state)))
        return;
    UPCALL(env, Void, on_call_state, (jint) call_id, (jlong) (intptr_t) e);
    leave(env, CB_on_call_state);
}

static void on_call_media_state(pjsua_call_id call_id)
{
    JNIEnv *env;

    if (!(env = enter(CB_on_call_media_state)))
        return;
    UPCALL(env, Void, on_call_media_state, (jint) call_id);
    leave(env, CB_on_call_media_state);
}

static void on_dtmf_digit2(pjsua_call_id call_id, const pjsua_dtmf_info *info)
{
    JNIEnv *env;

    if (!info || !(env = enter(CB_on_dtmf_digit2)))
        return;
    UPCALL(env, Void, on_dtmf_digit2, (jint) call_id, (jint) info->digit, (jint) info->method,
           (jint) info->duration);
    leave(env, CB_on_dtmf_digit2);
}

void pj4j_request_done(pjsua_acc_id acc_id, void *token, int code, const pj_str_t *reason)
{
    JNIEnv *env;
    jbyteArray text;

    if (!(env = enter(CB_on_acc_send_request)))
        return;
    text = pj4j_str_to_bytes(env, reason);
    if (text)
        UPCALL(env, Void, on_acc_send_request, (jint) acc_id, (jlong) (intptr_t) token, (jint) code, text);
    leave(env, CB_on_acc_send_request);
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

    if (!(env = enter(CB_on_call_transfer_status)))
        return;
    text = pj4j_str_to_bytes(env, st_text);
    if (text) {
        jboolean cont = UPCALL(env, Boolean, on_call_transfer_status, (jint) call_id, (jint) st_code, text,
                               (jboolean) (final != 0));

        if (!(*env)->ExceptionCheck(env) && p_cont)
            *p_cont = cont ? PJ_TRUE : PJ_FALSE;
    }
    leave(env, CB_on_call_transfer_status);
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

    if (!target || !(env = enter(CB_on_call_redirected)))
        return PJSIP_REDIRECT_STOP;
    len = pjsip_uri_print(PJSIP_URI_IN_CONTACT_HDR, target, buf, sizeof(buf));
    uri = pj4j_chars_to_bytes(env, buf, len > 0 ? (size_t) len : 0);
    if (uri) {
        jint answer = UPCALL(env, Int, on_call_redirected, (jint) call_id, uri, (jlong) (intptr_t) e);

        if (!(*env)->ExceptionCheck(env))
            op = answer;
    }
    leave(env, CB_on_call_redirected);
    return (pjsip_redirect_op) op;
}

static void on_call_replaced(pjsua_call_id old_call_id, pjsua_call_id new_call_id)
{
    JNIEnv *env;

    if (!(env = enter(CB_on_call_replaced)))
        return;
    UPCALL(env, Void, on_call_replaced, (jint) old_call_id, (jint) new_call_id);
    leave(env, CB_on_call_replaced);
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

    if (!(env = enter(CB_on_pager2)))
        return;
    if (copy_strs(env, in, s, 5))
        UPCALL(env, Void, on_pager2, (jint) call_id, s[0], s[1], s[2], s[3], s[4], (jlong) (intptr_t) rdata,
               (jint) acc_id);
    leave(env, CB_on_pager2);
}

static void on_pager_status2(pjsua_call_id call_id, const pj_str_t *to, const pj_str_t *body, void *user_data,
                             pjsip_status_code status, const pj_str_t *reason, pjsip_tx_data *tdata,
                             pjsip_rx_data *rdata, pjsua_acc_id acc_id)
{
    const pj_str_t *in[] = {to, body, reason};
    jbyteArray s[3];
    JNIEnv *env;

    if (!(env = enter(CB_on_pager_status2)))
        return;
    if (copy_strs(env, in, s, 3))
        UPCALL(env, Void, on_pager_status2, (jint) call_id, s[0], s[1], (jlong) (intptr_t) user_data,
               (jint) status, s[2], (jlong) (intptr_t) tdata, (jlong) (intptr_t) rdata, (jint) acc_id);
    leave(env, CB_on_pager_status2);
}

/* Without an answer from Java (not overridden, or it threw) pjsua's default stands: 200, accepted. */
static void on_incoming_subscribe(pjsua_acc_id acc_id, pjsua_srv_pres *srv_pres, pjsua_buddy_id buddy_id,
                                  const pj_str_t *from, pjsip_rx_data *rdata, pjsip_status_code *code,
                                  pj_str_t *reason, pjsua_msg_data *msg_data)
{
    JNIEnv *env;
    jbyteArray text;

    (void) msg_data;
    if (!code || !reason || !(env = enter(CB_on_incoming_subscribe)))
        return;
    text = pj4j_str_to_bytes(env, from);
    if (!(*env)->ExceptionCheck(env)) {
        jint answer = UPCALL(env, Int, on_incoming_subscribe, (jint) acc_id, (jlong) (intptr_t) srv_pres,
                             (jint) buddy_id, text, (jlong) (intptr_t) rdata);

        /* A provisional code would leave the SUBSCRIBE unanswered; pjsua takes 2xx as accepted. */
        if (!(*env)->ExceptionCheck(env) && answer >= 200 && answer <= 699) {
            *code = (pjsip_status_code) answer;
            *reason = *pjsip_get_status_text(answer);
        }
    }
    leave(env, CB_on_incoming_subscribe);
}

static void on_buddy_state(pjsua_buddy_id buddy_id)
{
    JNIEnv *env;

    if (!(env = enter(CB_on_buddy_state)))
        return;
    UPCALL(env, Void, on_buddy_state, (jint) buddy_id);
    leave(env, CB_on_buddy_state);
}

static void on_buddy_evsub_state(pjsua_buddy_id buddy_id, pjsip_evsub *sub, pjsip_event *event)
{
    JNIEnv *env;

    if (!(env = enter(CB_on_buddy_evsub_state)))
        return;
    UPCALL(env, Void, on_buddy_evsub_state, (jint) buddy_id, (jlong) (intptr_t) sub, (jlong) (intptr_t) event);
    leave(env, CB_on_buddy_evsub_state);
}

/* The NOTIFY's body and its media type ("type/subtype"), as pjsip parsed them; both empty without a body. */
static int notify_body(JNIEnv *env, const pjsip_rx_data *rdata, jbyteArray *type, jbyteArray *body)
{
    char buf[128];
    const pjsip_msg_body *b = rdata && rdata->msg_info.msg ? rdata->msg_info.msg->body : NULL;
    int len = b ? pjsip_media_type_print(buf, sizeof(buf), &b->content_type) : 0;

    *type = pj4j_chars_to_bytes(env, buf, len > 0 ? (size_t) len : 0);
    if (!*type)
        return 0;
    *body = pj4j_chars_to_bytes(env, b ? (const char *) b->data : "", b ? b->len : 0);
    return *body != NULL;
}

static void on_mwi_info(pjsua_acc_id acc_id, pjsua_mwi_info *mwi_info)
{
    JNIEnv *env;
    jbyteArray type, body;

    if (!mwi_info || !(env = enter(CB_on_mwi_info)))
        return;
    if (notify_body(env, mwi_info->rdata, &type, &body))
        UPCALL(env, Void, on_mwi_info, (jint) acc_id, (jlong) (intptr_t) mwi_info->evsub,
               (jlong) (intptr_t) mwi_info->rdata, type, body);
    leave(env, CB_on_mwi_info);
}

/* The transaction's method, role, states and status travel as values: Java would otherwise need a
 * crossing for each, on every state change of every request of every call. The previous state tells
 * the final answer's report from the later ones (terminated, destroyed) that repeat its code, and the
 * CSeq which request it answers. */
static void on_call_tsx_state(pjsua_call_id call_id, pjsip_transaction *tsx, pjsip_event *e)
{
    JNIEnv *env;
    jbyteArray method, reason = NULL;
    jint prev_state;

    pj4j_tls_on_call_tsx(call_id, tsx);
    if (!tsx || !(env = enter(CB_on_call_tsx_state)))
        return;
    /* pjsua calls this only from sip_inv.c's transaction report, whose event is a TSX_STATE one. */
    prev_state = e && e->type == PJSIP_EVENT_TSX_STATE ? (jint) e->body.tsx_state.prev_state : PJSIP_TSX_STATE_NULL;
    method = pj4j_str_to_bytes(env, &tsx->method.name);
    if (method)
        reason = pj4j_str_to_bytes(env, &tsx->status_text);
    if (reason)
        UPCALL(env, Void, on_call_tsx_state, (jint) call_id, method, (jboolean) (tsx->role == PJSIP_ROLE_UAC),
               (jint) tsx->state, prev_state, (jint) tsx->cseq, (jint) tsx->status_code, reason,
               (jlong) (intptr_t) pj4j_event_rdata(e));
    leave(env, CB_on_call_tsx_state);
}

static void on_reg_state(pjsua_acc_id acc_id)
{
    JNIEnv *env;

    if (!(env = enter(CB_on_reg_state)))
        return;
    UPCALL(env, Void, on_reg_state, (jint) acc_id);
    leave(env, CB_on_reg_state);
}

void pj4j_callbacks_fill(pjsua_callback *cb)
{
#define PJ4J_CB_FILL(field, method, signature) cb->field = &field;
    PJ4J_CALLBACKS(PJ4J_CB_FILL)
#undef PJ4J_CB_FILL
    /* Not forwarded to Java: it only keeps what calls report of their TLS connections. */
    cb->on_transport_state = &pj4j_tls_on_transport_state;
}
