/* Re-INVITE and UPDATE offers that fail while another offer is unanswered, and say which request they
 * sent (declared in pj4j_calls.h). */
#include "pj4j.h"

#include <pjsua-lib/pjsua_internal.h>

typedef pj_status_t (*send_offer_fn)(pjsua_call_id call_id, unsigned options, const pjsua_msg_data *msg_data);

/* pjsip_inv_reinvite() refuses a re-INVITE while an INVITE transaction is pending, but when only the SDP
 * negotiation is (our UPDATE sent, or the peer's offer not yet answered) it keeps the old offer, sends
 * the re-INVITE with that and reports success: a hold would be a re-INVITE that held nothing.
 * pjsip_inv_update() refuses an unfinished negotiation itself, and must not be held to the re-INVITE's
 * rule: an UPDATE in the early dialog, while the INVITE is still pending, is what RFC 3311 is for. */
static pj_bool_t reinvite_offer_pending(const pjsua_call *call)
{
    const pjsip_inv_session *inv = call->inv;

    return inv && (inv->invite_tsx || (inv->neg && pjmedia_sdp_neg_get_state(inv->neg) != PJMEDIA_SDP_NEG_STATE_DONE));
}

/* The dialog lock is recursive and is what pjsip holds to start or answer an offer: held from the check
 * through the send to reading the CSeq, no other offer or request of the dialog comes between them.
 * pjsua's function takes it again inside. */
static pj_status_t send_offer(const char *title, send_offer_fn send, pj_bool_t reinvite, pjsua_call_id call_id,
                              unsigned options, const pjsua_msg_data *msg_data, unsigned *p_cseq)
{
    pjsua_call *call;
    pjsip_dialog *dlg;
    pj_int32_t cseq;
    pj_status_t status;

    PJ_ASSERT_RETURN(call_id >= 0 && call_id < PJSUA_MAX_CALLS && p_cseq, PJ_EINVAL);
    status = acquire_call(title, call_id, &call, &dlg);
    if (status != PJ_SUCCESS)
        return status;
    /* pjsip gives the dialog's next request this CSeq, and then counts on. */
    cseq = dlg->local.cseq;
    status = reinvite && reinvite_offer_pending(call) ? PJ_EINVALIDOP : send(call_id, options, msg_data);
    if (status == PJ_SUCCESS)
        *p_cseq = (unsigned) cseq;
    pjsip_dlg_dec_lock(dlg);
    return status;
}

pj_status_t pj4j_call_set_hold(pjsua_call_id call_id, unsigned options, const pjsua_msg_data *msg_data,
                               unsigned *p_cseq)
{
    return send_offer("pj4j_call_set_hold()", pjsua_call_set_hold2, PJ_TRUE, call_id, options, msg_data, p_cseq);
}

pj_status_t pj4j_call_reinvite(pjsua_call_id call_id, unsigned options, const pjsua_msg_data *msg_data,
                               unsigned *p_cseq)
{
    return send_offer("pj4j_call_reinvite()", pjsua_call_reinvite, PJ_TRUE, call_id, options, msg_data, p_cseq);
}

pj_status_t pj4j_call_update(pjsua_call_id call_id, unsigned options, const pjsua_msg_data *msg_data,
                             unsigned *p_cseq)
{
    return send_offer("pj4j_call_update()", pjsua_call_update, PJ_FALSE, call_id, options, msg_data, p_cseq);
}
