/* The module that answers requests no other module handled (pj4j_unhandled.h). pjsip offers a request
 * to its modules in priority order and drops it, logging "unhandled by any modules", when none takes
 * it; the peer then retransmits for 32 s. Ours comes after pjsua's (PJSIP_MOD_PRIORITY_APPLICATION)
 * and after any an application adds a little below them, so it only sees what they all let pass.
 *
 * A held request lives in a server transaction of ours, which absorbs the peer's retransmissions,
 * plus a clone of the request to build the answer from. Whoever takes it off the waiting list (the
 * listener's answer on any thread, the timer, a flush, the transaction's end) is the one that answers
 * and releases it, so it is answered exactly once. The waiting list holds a reference to the
 * transaction's group lock, which keeps the transaction's pool, where the entry lives, valid. */
#include "pj4j.h"

#include <string.h>

typedef struct held {
    PJ_DECL_LIST_MEMBER(struct held);
    pj_int64_t id;
    int default_code;
    pj_bool_t waiting;
    pjsip_transaction *tsx;
    pjsip_rx_data *request;
    pj_timer_entry timer;
} held;

static pj_bool_t on_rx_request(pjsip_rx_data *rdata);
static void on_tsx_state(pjsip_transaction *tsx, pjsip_event *e);
static pj_status_t on_stop(void);
static pj_status_t on_unload(void);

static pjsip_module mod = {
    NULL, NULL,
    {"mod-pj4j-unhandled", 18},
    -1,
    PJSIP_MOD_PRIORITY_APPLICATION + 100,
    NULL, NULL, &on_stop, &on_unload,
    &on_rx_request, NULL, NULL, NULL,
    &on_tsx_state,
};

static pj_pool_t *pool;
/* Guards waiting, waiting_count, next_id and each entry's waiting flag. */
static pj_mutex_t *mutex;
static held waiting;
static unsigned waiting_count;
static pj_int64_t next_id;
static unsigned hold_ms;

static pjsip_endpoint *endpt(void)
{
    return pjsua_get_pjsip_endpt();
}

/* RFC 3261 8.2.1 and 12.2.2: what a UA says to a request it has nothing for. */
static int default_code(const pjsip_rx_data *rdata)
{
    /* Methods that only make sense inside a dialog (or for a subscription) we would have found. */
    static const pj_str_t in_dialog_only[] = {{"PRACK", 5}, {"UPDATE", 6}, {"INFO", 4}, {"NOTIFY", 6}};
    const pjsip_method *m = &rdata->msg_info.msg->line.req.method;
    const pjsip_allow_hdr *allow;
    unsigned i;

    if (m->id == PJSIP_REGISTER_METHOD)
        return PJSIP_SC_METHOD_NOT_ALLOWED;
    if (m->id == PJSIP_BYE_METHOD || m->id == PJSIP_CANCEL_METHOD || rdata->msg_info.to->tag.slen > 0)
        return PJSIP_SC_CALL_TSX_DOES_NOT_EXIST;
    for (i = 0; i < PJ_ARRAY_SIZE(in_dialog_only); i++) {
        if (pj_strcmp(&m->name, &in_dialog_only[i]) == 0)
            return PJSIP_SC_CALL_TSX_DOES_NOT_EXIST;
    }
    /* A method we list in Allow yet nobody took: we support it, just not like this (e.g. REFER
     * outside a dialog), so 405 with that Allow would contradict itself. */
    allow = (const pjsip_allow_hdr *) pjsip_endpt_get_capability(endpt(), PJSIP_H_ALLOW, NULL);
    for (i = 0; allow && i < allow->count; i++) {
        if (pj_strcmp(&allow->values[i], &m->name) == 0)
            return PJSIP_SC_NOT_IMPLEMENTED;
    }
    return PJSIP_SC_METHOD_NOT_ALLOWED;
}

/* A 405 must say what is allowed; an answer that brought its own Allow keeps it. */
static void add_allow(pjsip_tx_data *tdata)
{
    static const pj_str_t name = {"Allow", 5};
    const pjsip_hdr *allow;

    if (tdata->msg->line.status.code != PJSIP_SC_METHOD_NOT_ALLOWED
        || pjsip_msg_find_hdr_by_name(tdata->msg, &name, NULL))
        return;
    allow = pjsip_endpt_get_capability(endpt(), PJSIP_H_ALLOW, NULL);
    if (allow)
        pjsip_msg_add_hdr(tdata->msg, (pjsip_hdr *) pjsip_hdr_clone(tdata->pool, allow));
}

static pj_status_t create_default(pjsip_rx_data *request, int code, pjsip_tx_data **p_tdata)
{
    pj_status_t status = pjsip_endpt_create_response(endpt(), request, code, NULL, p_tdata);

    if (status == PJ_SUCCESS)
        add_allow(*p_tdata);
    return status;
}

static void answer_stateless(pjsip_rx_data *rdata, int code)
{
    pjsip_tx_data *tdata;

    if (create_default(rdata, code, &tdata) != PJ_SUCCESS)
        return;
    if (pjsip_endpt_send_response2(endpt(), rdata, tdata, NULL, NULL) != PJ_SUCCESS)
        pjsip_tx_data_dec_ref(tdata);
}

/* Sends tdata in tsx, giving it up either way. */
static pj_status_t send_in(pjsip_transaction *tsx, pjsip_tx_data *tdata)
{
    pj_status_t status = pjsip_tsx_send_msg(tsx, tdata);

    if (status != PJ_SUCCESS)
        pjsip_tx_data_dec_ref(tdata);
    return status;
}

static void send_default_in(pjsip_transaction *tsx, pjsip_rx_data *request, int code)
{
    pjsip_tx_data *tdata;

    if (create_default(request, code, &tdata) == PJ_SUCCESS)
        send_in(tsx, tdata);
    else
        pjsip_tsx_terminate(tsx, code);
}

/* Takes h off the waiting list; whoever gets PJ_TRUE owns it. */
static pj_bool_t take(held *h)
{
    pj_bool_t mine;

    pj_mutex_lock(mutex);
    mine = h->waiting;
    if (mine) {
        h->waiting = PJ_FALSE;
        pj_list_erase(h);
        waiting_count--;
    }
    pj_mutex_unlock(mutex);
    return mine;
}

static held *take_id(pj_int64_t id)
{
    held *h, *found = NULL;

    if (!mutex)
        return NULL;
    pj_mutex_lock(mutex);
    for (h = waiting.next; h != &waiting; h = h->next) {
        if (h->id == id) {
            found = h;
            found->waiting = PJ_FALSE;
            pj_list_erase(found);
            waiting_count--;
            break;
        }
    }
    pj_mutex_unlock(mutex);
    return found;
}

/* Answers a taken entry with tdata, or with its default when tdata is NULL or cannot be sent, and
 * releases it; h is gone afterwards. */
static pj_status_t finish(held *h, pjsip_tx_data *tdata)
{
    pjsip_transaction *tsx = h->tsx;
    pj_status_t status = PJ_SUCCESS;

    pjsip_endpt_cancel_timer(endpt(), &h->timer);
    if (tdata)
        status = send_in(tsx, tdata);
    if (!tdata || status != PJ_SUCCESS)
        send_default_in(tsx, h->request, h->default_code);
    pjsip_rx_data_free_cloned(h->request);
    pj_grp_lock_dec_ref(tsx->grp_lock);
    return status;
}

static void on_timeout(pj_timer_heap_t *heap, pj_timer_entry *entry)
{
    held *h = entry->user_data;

    (void) heap;
    if (take(h))
        finish(h, NULL);
}

/* Keeps the request in a transaction for the listener, or returns PJ_FALSE for an answer now. */
static pj_bool_t hold(pjsip_rx_data *rdata, int code, unsigned millis)
{
    pjsip_transaction *tsx;
    pjsip_rx_data *clone;
    pj_grp_lock_t *lock;
    pj_time_val delay;
    pj_int64_t id = 0;
    pj_status_t status;
    held *h;

    if (pjsip_rx_data_clone(rdata, 0, &clone) != PJ_SUCCESS)
        return PJ_FALSE;
    status = pjsip_tsx_create_uas2(&mod, rdata, NULL, &tsx);
    if (status != PJ_SUCCESS) {
        pjsip_rx_data_free_cloned(clone);
        /* A retransmission racing its original on another worker: the original's transaction answers
         * it, and a stateless default beside it would be a second final answer. */
        return status == PJ_EEXISTS;
    }
    pjsip_tsx_recv_msg(tsx, rdata);
    h = PJ_POOL_ZALLOC_T(tsx->pool, held);
    h->default_code = code;
    h->tsx = tsx;
    h->request = clone;
    pj_timer_entry_init(&h->timer, 1, h, &on_timeout);
    tsx->mod_data[mod.id] = h;
    lock = tsx->grp_lock;
    /* One reference for the waiting list, released by finish(); one for this function: once h is on
     * the list another thread (an answer, a flush) may finish it, and the transaction, whose pool
     * holds h, could go before this function is done with it. */
    pj_grp_lock_add_ref(lock);
    pj_grp_lock_add_ref(lock);

    delay.sec = (long) (millis / 1000);
    delay.msec = (long) (millis % 1000);
    pj_mutex_lock(mutex);
    /* A flush (hold time 0) since the caller looked must not miss this one, and the cap is checked
     * where the place is taken. The timer is armed under the same lock, so it never fires for an
     * entry not yet on the list, nor is it armed for one already finished. */
    if (__atomic_load_n(&hold_ms, __ATOMIC_ACQUIRE) > 0 && waiting_count < PJ4J_UNHANDLED_MAX_HELD
        && pjsip_endpt_schedule_timer_w_grp_lock(endpt(), &h->timer, &delay, 1, lock) == PJ_SUCCESS) {
        id = h->id = ++next_id;
        h->waiting = PJ_TRUE;
        pj_list_push_back(&waiting, h);
        waiting_count++;
    }
    pj_mutex_unlock(mutex);
    if (!id)
        finish(h, NULL);
    else if (!pj4j_unhandled_upcall(id, rdata) && take(h))
        finish(h, NULL);
    pj_grp_lock_dec_ref(lock);
    return PJ_TRUE;
}

static pj_bool_t on_rx_request(pjsip_rx_data *rdata)
{
    unsigned millis = __atomic_load_n(&hold_ms, __ATOMIC_ACQUIRE);
    int code;

    /* An ACK is never answered; a stray one is simply absorbed. */
    if (rdata->msg_info.msg->line.req.method.id == PJSIP_ACK_METHOD)
        return PJ_TRUE;
    code = default_code(rdata);
    if (!millis || !hold(rdata, code, millis))
        answer_stateless(rdata, code);
    return PJ_TRUE;
}

/* A transaction that ends before its answer (pjsip's shutdown terminates every transaction) takes the
 * entry with it. */
static void on_tsx_state(pjsip_transaction *tsx, pjsip_event *e)
{
    held *h = tsx->mod_data[mod.id];

    (void) e;
    if (h && tsx->state >= PJSIP_TSX_STATE_TERMINATED && take(h)) {
        pjsip_endpt_cancel_timer(endpt(), &h->timer);
        pjsip_rx_data_free_cloned(h->request);
        pj_grp_lock_dec_ref(tsx->grp_lock);
    }
}

/* Answers every waiting request with its default. */
static void flush(void)
{
    held taken, *h;

    pj_list_init(&taken);
    pj_mutex_lock(mutex);
    while ((h = waiting.next) != &waiting) {
        h->waiting = PJ_FALSE;
        pj_list_erase(h);
        pj_list_push_back(&taken, h);
    }
    waiting_count = 0;
    pj_mutex_unlock(mutex);
    while ((h = taken.next) != &taken) {
        pj_list_erase(h);
        finish(h, NULL);
    }
}

/* pjsip_endpt_destroy stops modules from the lowest priority up, so ours stops while the transaction
 * layer still works; pj4j_unhandled_hold(0) has normally flushed before the transports closed. */
static pj_status_t on_stop(void)
{
    __atomic_store_n(&hold_ms, 0, __ATOMIC_RELEASE);
    flush();
    return PJ_SUCCESS;
}

static pj_status_t on_unload(void)
{
    pj_mutex_destroy(mutex);
    mutex = NULL;
    pjsip_endpt_release_pool(endpt(), pool);
    pool = NULL;
    return PJ_SUCCESS;
}

pj_status_t pj4j_unhandled_register(void)
{
    pj_status_t status;

    if (mod.id != -1)
        return PJ_EEXISTS;
    pool = pjsip_endpt_create_pool(endpt(), "pj4j_unhandled", 256, 256);
    if (!pool)
        return PJ_ENOMEM;
    status = pj_mutex_create_simple(pool, "pj4j_unhandled", &mutex);
    if (status == PJ_SUCCESS) {
        pj_list_init(&waiting);
        waiting_count = 0;
        hold_ms = 0;
        status = pjsip_endpt_register_module(endpt(), &mod);
        if (status == PJ_SUCCESS)
            return PJ_SUCCESS;
        pj_mutex_destroy(mutex);
        mutex = NULL;
    }
    pjsip_endpt_release_pool(endpt(), pool);
    pool = NULL;
    return status;
}

pj_status_t pj4j_unhandled_hold(unsigned millis)
{
    if (!mutex)
        return PJ_EINVALIDOP;
    if (millis > PJ4J_UNHANDLED_MAX_HOLD_MS)
        return PJ_EINVAL;
    __atomic_store_n(&hold_ms, millis, __ATOMIC_RELEASE);
    if (!millis)
        flush();
    return PJ_SUCCESS;
}

unsigned pj4j_unhandled_held_count(void)
{
    unsigned count;

    if (!mutex)
        return 0;
    pj_mutex_lock(mutex);
    count = waiting_count;
    pj_mutex_unlock(mutex);
    return count;
}

static int valid(const pj4j_answer *a)
{
    unsigned i;

    if (a->code < 200 || a->code > 699 || (a->reason && !pj4j_is_line(a->reason->ptr, (size_t) a->reason->slen,
                                                                       PJ4J_MAX_LINE)))
        return 0;
    for (i = 0; i < a->header_count; i++) {
        if (!pj4j_is_token(a->names[i].ptr, (size_t) a->names[i].slen, PJSIP_MAX_HNAME_LEN)
            || !pj4j_is_line(a->values[i].ptr, (size_t) a->values[i].slen, PJ4J_MAX_LINE))
            return 0;
    }
    if (!a->body != !a->content_type)
        return 0;
    return !a->body || (pj4j_is_line(a->content_type->ptr, (size_t) a->content_type->slen, PJ4J_MAX_LINE)
                        && (size_t) a->body->slen <= PJ4J_MAX_BODY
                        && !memchr(a->body->ptr, '\0', (size_t) a->body->slen));
}

/* The answer as a message, or NULL when pjsip cannot make one of it (e.g. a Content-Type it cannot
 * parse). */
static pjsip_tx_data *create_answer(pjsip_rx_data *request, const pj4j_answer *a)
{
    static const pj_str_t content_type = {"Content-Type", 12};
    pjsip_tx_data *tdata;
    unsigned i;

    if (pjsip_endpt_create_response(endpt(), request, a->code, a->reason, &tdata) != PJ_SUCCESS)
        return NULL;
    for (i = 0; i < a->header_count; i++) {
        pjsip_msg_add_hdr(tdata->msg, (pjsip_hdr *) pjsip_generic_string_hdr_create(tdata->pool, &a->names[i],
                                                                                    &a->values[i]));
    }
    if (a->body) {
        pj_str_t text, type;
        pjsip_ctype_hdr *ctype;

        /* pjsip_parse_hdr catches the scanner's exceptions itself, and wants the text NUL-terminated. */
        pj_strdup_with_null(tdata->pool, &type, a->content_type);
        ctype = pjsip_parse_hdr(tdata->pool, &content_type, type.ptr, (pj_size_t) type.slen, NULL);
        if (!ctype) {
            pjsip_tx_data_dec_ref(tdata);
            return NULL;
        }
        pj_strdup(tdata->pool, &text, a->body);
        tdata->msg->body = pjsip_msg_body_create(tdata->pool, &ctype->media.type, &ctype->media.subtype, &text);
        pjsip_media_type_cp(tdata->pool, &tdata->msg->body->content_type, &ctype->media);
    }
    add_allow(tdata);
    return tdata;
}

pj_status_t pj4j_unhandled_answer(pj_int64_t id, const pj4j_answer *answer)
{
    held *h = take_id(id);
    pjsip_tx_data *tdata;

    if (!h)
        return PJ_ENOTFOUND;
    if (!answer || !valid(answer)) {
        finish(h, NULL);
        return PJ_EINVAL;
    }
    tdata = create_answer(h->request, answer);
    if (!tdata) {
        finish(h, NULL);
        return PJSIP_EINVALIDHDR;
    }
    return finish(h, tdata);
}

pj_status_t pj4j_unhandled_answer_default(pj_int64_t id)
{
    held *h = take_id(id);

    if (!h)
        return PJ_ENOTFOUND;
    finish(h, NULL);
    return PJ_SUCCESS;
}
