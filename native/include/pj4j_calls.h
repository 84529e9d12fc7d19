/* What pjsua4j adds to the pjsua call API (native/src/pj4j_calls.c), wrapped by SWIG into the raw
 * layer like pjsua's own functions. The pj4j_ prefix marks them as not pjsua's. */
#ifndef PJ4J_CALLS_H
#define PJ4J_CALLS_H

#include <pjsua-lib/pjsua.h>

/* Bytes that Java receives as a String (decoded as UTF-8), copied before the call returns. */
typedef pj_str_t pj4j_text;

/* One active audio stream of a call, as python-sipsimple's Session reports it. pjsua spreads this
 * over pjsua_stream_info and pjmedia_transport_info, whose unions and opaque buffers Java cannot read. */
typedef struct pj4j_call_media_info {
    /* Negotiated codec, e.g. "PCMU", "opus". */
    char codec[32];
    unsigned clock_rate;
    unsigned channel_count;
    /* "address:port" of our RTP socket as put in our SDP, and of the remote RTP we send to. */
    char local_rtp[PJ_INET6_ADDRSTRLEN + 10];
    char remote_rtp[PJ_INET6_ADDRSTRLEN + 10];
    /* Whether SRTP protects the stream (negotiated, not just offered). */
    pj_bool_t srtp_active;
} pj4j_call_media_info;

/* Fills info for the call's media line med_idx; fails with PJ_EINVALIDOP while that stream is not
 * active (no stream exists before SDP negotiation or after the call ends). */
pj_status_t pj4j_call_get_media_info(pjsua_call_id call_id, unsigned med_idx, pj4j_call_media_info *info);

/* Appends "hdr_name: hdr_value" to msg_data's header list (pjsua_msg_data.hdr_list, a C list Java cannot
 * build), allocating the header from pool, which must outlive the request it goes into. */
pj_status_t pj4j_msg_data_add_hdr(pjsua_msg_data *msg_data, pj_pool_t *pool, const pj_str_t *hdr_name,
                                  const pj_str_t *hdr_value);

/* pjsua_call_answer2, except that msg_data's headers replace those of the same name that an earlier
 * answer of the call added: pjsip builds each answer from the previous one, headers included. */
pj_status_t pj4j_call_answer(pjsua_call_id call_id, const pjsua_call_setting *opt, unsigned code,
                             const pj_str_t *reason, const pjsua_msg_data *msg_data);

/* pjsua_call_set_hold2, pjsua_call_reinvite and pjsua_call_update, except that they fail with
 * PJ_EINVALIDOP while an offer of the call is unanswered (a re-INVITE's, an UPDATE's, or the peer's): for
 * a re-INVITE pjsip would send that offer instead of the new one and report success. An UPDATE may go
 * while the INVITE is pending (the early dialog), a re-INVITE may not. *p_cseq is set to
 * the CSeq of the request sent, which on_call_tsx_state reports with its answer: pjsua itself sends
 * re-INVITEs and UPDATEs too (to lock the codec, to refresh the session), so the method alone does not
 * tell whose answer it is. */
pj_status_t pj4j_call_set_hold(pjsua_call_id call_id, unsigned options, const pjsua_msg_data *msg_data,
                               unsigned *p_cseq);
pj_status_t pj4j_call_reinvite(pjsua_call_id call_id, unsigned options, const pjsua_msg_data *msg_data,
                               unsigned *p_cseq);
pj_status_t pj4j_call_update(pjsua_call_id call_id, unsigned options, const pjsua_msg_data *msg_data,
                             unsigned *p_cseq);

/* Reading a pjsip_event of a callback (valid only during the callback, as in C). */

/* The pjsip_event_id_e of the event. */
int pj4j_event_type(const pjsip_event *e);

/* The received message behind the event (a response or a request of the peer), or NULL when the
 * event is a timer, a transport error or something we sent. */
pjsip_rx_data *pj4j_event_rdata(const pjsip_event *e);

/* Whether the peer caused the event: a message it sent, or the 487 pjsip answers a CANCEL with. */
pj_bool_t pj4j_event_from_remote(const pjsip_event *e);

/* The received SIP message as text, headers and body. */
pj4j_text pj4j_rdata_text(const pjsip_rx_data *rdata);

/* The peer's software as the received message names it: its User-Agent header's value, else its
 * Server header's (which responses may carry instead), trimmed; empty when it names neither. Read
 * from pjsip's parsed headers, so only the value is copied to Java. */
pj4j_text pj4j_rdata_user_agent(const pjsip_rx_data *rdata);

/* The same for the message behind the event; empty when there is none, or it is a 100 response,
 * which the next hop sends on the peer's behalf. */
pj4j_text pj4j_event_user_agent(const pjsip_event *e);

#endif
