/* Answering a call with headers that replace the previous answer's (declared in pj4j_calls.h). pjsip
 * builds every answer of an INVITE from the last one (pjsip_inv_answer modifies inv->last_answer),
 * and pjsua adds msg_data's headers to it, so without this a 180 with Server and a 200 with Server
 * would send the 200 with two. It needs pjsua's private call state (pjsua_internal.h). */
#include "pj4j.h"

#include <pjsua-lib/pjsua_internal.h>

/* Removes from msg every header named as one in hdr_list. */
static void drop_same_names(pjsip_msg *msg, const pjsip_hdr *hdr_list)
{
    const pjsip_hdr *h;

    for (h = hdr_list->next; h != hdr_list; h = h->next) {
        pjsip_hdr *old;

        while ((old = pjsip_msg_find_hdr_by_name(msg, &h->name, NULL)) != NULL)
            pj_list_erase(old);
    }
}

/* pjsua's acquire_call polls: a trylock, then a sleep of 0 ms, and from the tenth try on 1 ms, and
 * again. An application thread answering from its incoming-call listener comes while pjsip's thread is
 * still in pjsua_call_on_incoming, which holds pjsua's lock (the dialog's too, released first) until it
 * returns: at 700 calls/s a third of the answers slept a millisecond. Waiting on the lock itself sleeps
 * exactly until it is free. It is released at once, so nothing is held while acquire_call tries the
 * dialog's lock; and a caller already holding a dialog's lock takes pjsua's after it, pjsip's order. */
static void wait_for_pjsua_lock(void)
{
    PJSUA_LOCK();
    PJSUA_UNLOCK();
}

pj_status_t pj4j_call_answer(pjsua_call_id call_id, const pjsua_call_setting *opt, unsigned code,
                             const pj_str_t *reason, const pjsua_msg_data *msg_data)
{
    pjsua_call *call;
    pjsip_dialog *dlg;
    pj_status_t status;

    PJ_ASSERT_RETURN(call_id >= 0 && call_id < PJSUA_MAX_CALLS, PJ_EINVAL);
    wait_for_pjsua_lock();
    if (msg_data && !pj_list_empty(&msg_data->hdr_list)) {
        status = acquire_call("pj4j_call_answer()", call_id, &call, &dlg);
        if (status != PJ_SUCCESS)
            return status;
        if (call->inv && call->inv->last_answer)
            drop_same_names(call->inv->last_answer->msg, &msg_data->hdr_list);
        pjsip_dlg_dec_lock(dlg);
    }
    return pjsua_call_answer2(call_id, opt, code, reason, msg_data);
}
