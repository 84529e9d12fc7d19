/* The few pjsip functions that pjsua's own API needs to be useful from Java, declared here with their
 * C names (pjsip's headers otherwise contribute types and constants only; see api.i). */

/* For pjsua_acc_create_request: send the request statefully, or drop it. Java cannot hand pjsip a C
 * callback, so this form takes none: the transaction absorbs the response. pjsua_acc_send_request
 * reports its outcome through PjsuaCallback.on_acc_send_request instead. */
%rename(pjsip_endpt_send_request) pj4j_endpt_send_request;
%inline %{
pj_status_t pj4j_endpt_send_request(pjsip_endpoint *endpt, pjsip_tx_data *tdata, pj_int32_t timeout)
{
    return pjsip_endpt_send_request(endpt, tdata, timeout, NULL, NULL);
}
%}
/* Drops a request that will not be sent. pjsip reports the buffer's destruction as PJSIP_EBUFDESTROYED,
 * which is the expected outcome here, not a failure. */
%rename(pjsip_tx_data_dec_ref) pj4j_tx_data_dec_ref;
%inline %{
pj_status_t pj4j_tx_data_dec_ref(pjsip_tx_data *tdata)
{
    pj_status_t status = pjsip_tx_data_dec_ref(tdata);

    return status == PJSIP_EBUFDESTROYED ? PJ_SUCCESS : status;
}
%}

/* SIP timers T1, T2, T4 and the transaction timeout, in milliseconds (0 keeps a value). Global to the
 * process, as in C. */
void pjsip_tsx_set_timers(unsigned t1, unsigned t2, unsigned t4, unsigned td);

/* The states PjsuaCallback.on_call_tsx_state reports (pjsip_tsx_state_e); the rest of
 * sip_transaction.h is pjsip's own machinery, not for Java. */
%constant int PJSIP_TSX_STATE_NULL = PJSIP_TSX_STATE_NULL;
%constant int PJSIP_TSX_STATE_CALLING = PJSIP_TSX_STATE_CALLING;
%constant int PJSIP_TSX_STATE_TRYING = PJSIP_TSX_STATE_TRYING;
%constant int PJSIP_TSX_STATE_PROCEEDING = PJSIP_TSX_STATE_PROCEEDING;
%constant int PJSIP_TSX_STATE_COMPLETED = PJSIP_TSX_STATE_COMPLETED;
%constant int PJSIP_TSX_STATE_CONFIRMED = PJSIP_TSX_STATE_CONFIRMED;
%constant int PJSIP_TSX_STATE_TERMINATED = PJSIP_TSX_STATE_TERMINATED;
%constant int PJSIP_TSX_STATE_DESTROYED = PJSIP_TSX_STATE_DESTROYED;

/* Whether pjsip writes headers in their compact form (pjsip_cfg()->endpt.use_compact_form); global to
 * the process, as in C. */
%inline %{
void pj4j_use_compact_form(pj_bool_t compact)
{
    pjsip_cfg()->endpt.use_compact_form = compact;
}
%}
