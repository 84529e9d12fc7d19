/* Test only (RocksJava's invokeAllCallbacks): calls every handler pj4j_callbacks_fill installs once, in
 * the order of the callback table, with synthetic arguments shaped as pjsua passes them, so that
 * CallbackBridgeTest checks each conversion in milliseconds without a network. The rdata, tdata and
 * event pointers the bridge only passes through are the caller's dummy values and are never read; what
 * the bridge reads (a REGISTER response with two Contacts and a Retry-After, a transaction, a redirect
 * target) is built here. pjsua must be created (printing a URI needs pjsip's parser tables) but need
 * not be started. CallbackBridgeTest expects exactly the values below. */
#include "pj4j.h"
#include "org_pjsua4j_raw_NativeBridge.h"

#include <stdint.h>

enum { RESULT_CONT, RESULT_REDIRECT_OP, RESULT_SUBSCRIBE_CODE, RESULT_UPCALLS, RESULT_COUNT };

/* The subscription handle the bridge passes through unread. */
#define SYNTHETIC_EVSUB ((pjsip_evsub *) (intptr_t) 0x7e570004)

static pjsip_uri *parse_uri(pj_pool_t *pool, const char *text)
{
    pj_str_t copy;

    pj_strdup2_with_null(pool, &copy, text);
    return pjsip_parse_uri(pool, copy.ptr, (pj_size_t) copy.slen, 0);
}

/* A 503 to a REGISTER, with two bindings and Retry-After: 120. NULL if a URI does not parse. */
static struct pjsip_regc_cbparam *registration(pj_pool_t *pool)
{
    static const char *const contacts[] = {"\"Zoë\" <sip:zoe@127.0.0.1:5062;transport=tcp>",
                                           "sip:zoe@[::1]:5064;ob"};
    struct pjsip_regc_cbparam *p = PJ_POOL_ZALLOC_T(pool, struct pjsip_regc_cbparam);
    pjsip_rx_data *response = PJ_POOL_ZALLOC_T(pool, pjsip_rx_data);
    int i;

    response->msg_info.msg = pjsip_msg_create(pool, PJSIP_RESPONSE_MSG);
    pjsip_msg_add_hdr(response->msg_info.msg, (pjsip_hdr *) pjsip_retry_after_hdr_create(pool, 120));
    p->status = PJ_ETIMEDOUT;
    p->code = 503;
    p->reason = pj_str("Überlastet");
    p->rdata = response;
    p->expiration = 600;
    p->contact_cnt = (int) PJ_ARRAY_SIZE(contacts);
    for (i = 0; i < p->contact_cnt; i++) {
        p->contact[i] = pjsip_contact_hdr_create(pool);
        p->contact[i]->uri = parse_uri(pool, contacts[i]);
        if (!p->contact[i]->uri)
            return NULL;
    }
    return p;
}

/* A NOTIFY carrying a message summary, as pjsip hands it to on_mwi_info. */
static pjsip_rx_data *mwi_notify(pj_pool_t *pool)
{
    pjsip_rx_data *notify = PJ_POOL_ZALLOC_T(pool, pjsip_rx_data);
    pj_str_t type = pj_str("application"), subtype = pj_str("simple-message-summary"),
             text = pj_str("Messages-Waiting: yes\r\nVoice-Message: 2/8 (1/0)\r\n");

    notify->msg_info.msg = pjsip_msg_create(pool, PJSIP_REQUEST_MSG);
    notify->msg_info.msg->body = pjsip_msg_body_create(pool, &type, &subtype, &text);
    return notify;
}

static pj_status_t fire_all(const pjsua_callback *cb, pj_pool_t *pool, pjsip_rx_data *rdata, pjsip_tx_data *tdata,
                            pjsip_event *event, jlong *result)
{
    pj_str_t ringing = pj_str("Ringing"), from = pj_str("\"Zoë\" <sip:zoe@127.0.0.1>"),
             to = pj_str("<sip:bob@127.0.0.1>"), empty = pj_str(""), mime = pj_str("text/plain"),
             body = pj_str("Grüße 👋"), accepted = pj_str("Accepted");
    pjsip_transaction *tsx = PJ_POOL_ZALLOC_T(pool, pjsip_transaction);
    pjsip_uri *target = parse_uri(pool, "sip:bob@example.org;user=phone");
    pjsua_reg_info reg;
    pjsua_dtmf_info dtmf;
    pjsip_event tsx_event;
    pjsua_mwi_info mwi;
    pjsip_status_code subscribe_code = PJSIP_SC_OK;
    pj_str_t subscribe_reason = pj_str("OK");
    /* pjsua's own initial value for a report that is not the last. */
    pj_bool_t cont = PJ_TRUE;

    pj_bzero(&reg, sizeof(reg));
    reg.cbparam = registration(pool);
    reg.renew = PJ_TRUE;
    if (!reg.cbparam || !target)
        return PJSIP_EINVALIDURI;
    cb->on_reg_state2(3, &reg);
    cb->on_incoming_call(1, 2, rdata);
    cb->on_call_state(2, event);
    cb->on_call_media_state(2);
    dtmf.method = PJSUA_DTMF_METHOD_SIP_INFO;
    dtmf.digit = '#';
    dtmf.duration = 160;
    cb->on_dtmf_digit2(2, &dtmf);
    tsx->status_code = 408;
    tsx->status_text = pj_str("Zeitüberschreitung");
    pj_bzero(&tsx_event, sizeof(tsx_event));
    tsx_event.type = PJSIP_EVENT_TSX_STATE;
    tsx_event.body.tsx_state.tsx = tsx;
    cb->on_acc_send_request(1, (void *) (intptr_t) 0x5eed, &tsx_event);
    cb->on_call_transfer_status(2, 180, &ringing, PJ_FALSE, &cont);
    result[RESULT_REDIRECT_OP] = cb->on_call_redirected(2, target, event);
    cb->on_call_replaced(2, 4);
    cb->on_pager2(PJSUA_INVALID_ID, &from, &to, &empty, &mime, &body, rdata, 1);
    cb->on_pager_status2(2, &to, &empty, (void *) (intptr_t) 77, PJSIP_SC_ACCEPTED, &accepted, tdata, NULL, 1);
    cb->on_incoming_subscribe(1, NULL, 5, &from, rdata, &subscribe_code, &subscribe_reason, NULL);
    cb->on_buddy_state(5);
    cb->on_buddy_evsub_state(5, SYNTHETIC_EVSUB, event);
    mwi.evsub = SYNTHETIC_EVSUB;
    mwi.rdata = mwi_notify(pool);
    cb->on_mwi_info(1, &mwi);
    mwi.evsub = NULL;
    mwi.rdata = NULL;
    cb->on_mwi_info(2, &mwi);
    /* The reason must be the code's own phrase, or a rejection would say "OK". */
    if (pj_strcmp(&subscribe_reason, pjsip_get_status_text(subscribe_code)) != 0)
        return PJ_EBUG;
    result[RESULT_SUBSCRIBE_CODE] = subscribe_code;
    tsx->method = pjsip_invite_method;
    tsx->role = PJSIP_ROLE_UAC;
    tsx->state = PJSIP_TSX_STATE_COMPLETED;
    tsx->cseq = 4711;
    tsx_event.body.tsx_state.type = PJSIP_EVENT_RX_MSG;
    tsx_event.body.tsx_state.src.rdata = rdata;
    tsx_event.body.tsx_state.prev_state = PJSIP_TSX_STATE_CALLING;
    cb->on_call_tsx_state(2, tsx, &tsx_event);
    cb->on_reg_state(3);
    result[RESULT_CONT] = cont;
    return PJ_SUCCESS;
}

JNIEXPORT jlongArray JNICALL Java_org_pjsua4j_raw_NativeBridge_invokeAllCallbacks(JNIEnv *env, jclass cls,
                                                                                 jlong rdata, jlong tdata,
                                                                                 jlong event)
{
    jlong result[RESULT_COUNT];
    pjsua_callback cb;
    unsigned long before;
    pj_status_t status;
    pj_pool_t *pool;
    jlongArray array;

    (void) cls;
    if (!pj4j_thread_ensure(env))
        return NULL;
    if (pjsua_get_state() == PJSUA_STATE_NULL) {
        pj4j_throw_status(env, PJ_EINVALIDOP, "invokeAllCallbacks (call pjsua_create first)");
        return NULL;
    }
    pool = pjsua_pool_create("pj4j-cbtest", 4096, 4096);
    if (!pool) {
        pj4j_throw_oom(env, "invokeAllCallbacks");
        return NULL;
    }
    pj_bzero(&cb, sizeof(cb));
    pj4j_callbacks_fill(&cb);
    before = pj4j_upcall_count();
    status = fire_all(&cb, pool, (pjsip_rx_data *) (intptr_t) rdata, (pjsip_tx_data *) (intptr_t) tdata,
                      (pjsip_event *) (intptr_t) event, result);
    result[RESULT_UPCALLS] = (jlong) (pj4j_upcall_count() - before);
    pj_pool_release(pool);
    if (status != PJ_SUCCESS) {
        pj4j_throw_status(env, status, "invokeAllCallbacks");
        return NULL;
    }
    array = (*env)->NewLongArray(env, RESULT_COUNT);
    if (array)
        (*env)->SetLongArrayRegion(env, array, 0, RESULT_COUNT, result);
    return array;
}
