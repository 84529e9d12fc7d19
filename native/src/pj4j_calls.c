/* Call operations and event accessors pjsua4j adds to pjsua (declared in pj4j_calls.h). */
#include "pj4j.h"

#include <pjmedia/transport_srtp.h>
#include <string.h>

static void print_addr(const pj_sockaddr *addr, char *buf, size_t size)
{
    buf[0] = '\0';
    if (pj_sockaddr_has_addr(addr))
        pj_sockaddr_print(addr, buf, (int) size, 1 | 2);
}

static pj_bool_t srtp_active(const pjmedia_transport_info *tp)
{
    unsigned i;

    for (i = 0; i < tp->specific_info_cnt; i++) {
        if (tp->spc_info[i].type == PJMEDIA_TRANSPORT_TYPE_SRTP)
            return ((const pjmedia_srtp_info *) tp->spc_info[i].buffer)->active;
    }
    return PJ_FALSE;
}

pj_status_t pj4j_call_get_media_info(pjsua_call_id call_id, unsigned med_idx, pj4j_call_media_info *info)
{
    pjsua_stream_info si;
    pjmedia_transport_info tp;
    const pjmedia_stream_info *aud;
    pj_status_t status;

    PJ_ASSERT_RETURN(info, PJ_EINVAL);
    pj_bzero(info, sizeof(*info));
    status = pjsua_call_get_stream_info(call_id, med_idx, &si);
    if (status != PJ_SUCCESS)
        return status;
    if (si.type != PJMEDIA_TYPE_AUDIO)
        return PJ_EINVALIDOP;
    aud = &si.info.aud;
    pj_ansi_snprintf(info->codec, sizeof(info->codec), "%.*s", (int) aud->fmt.encoding_name.slen,
                     aud->fmt.encoding_name.ptr);
    info->clock_rate = aud->fmt.clock_rate;
    info->channel_count = aud->fmt.channel_cnt;
    print_addr(&aud->rem_addr, info->remote_rtp, sizeof(info->remote_rtp));
    pjmedia_transport_info_init(&tp);
    status = pjsua_call_get_med_transport_info(call_id, med_idx, &tp);
    if (status != PJ_SUCCESS)
        return status;
    print_addr(&tp.sock_info.rtp_addr_name, info->local_rtp, sizeof(info->local_rtp));
    info->srtp_active = srtp_active(&tp);
    return PJ_SUCCESS;
}

pj_status_t pj4j_msg_data_add_hdr(pjsua_msg_data *msg_data, pj_pool_t *pool, const pj_str_t *hdr_name,
                                  const pj_str_t *hdr_value)
{
    PJ_ASSERT_RETURN(msg_data, PJ_EINVAL);
    return pj4j_hdr_list_add(&msg_data->hdr_list, pool, hdr_name, hdr_value);
}

pj_status_t pj4j_hdr_list_add(pjsip_hdr *list, pj_pool_t *pool, const pj_str_t *hdr_name, const pj_str_t *hdr_value)
{
    pj_str_t n, v;
    pjsip_generic_string_hdr *h;

    PJ_ASSERT_RETURN(list && pool && hdr_name && hdr_value && hdr_name->slen > 0, PJ_EINVAL);
    /* A name that is not a token, or a line break in the value, would put text of the caller's
     * making on the wire as a header of its own. */
    if (!pj4j_is_token(hdr_name->ptr, (size_t) hdr_name->slen, PJSIP_MAX_HNAME_LEN)
        || !pj4j_is_line(hdr_value->ptr, (size_t) hdr_value->slen, PJ4J_MAX_LINE))
        return PJ_EINVAL;
    pj_strdup(pool, &n, hdr_name);
    pj_strdup(pool, &v, hdr_value);
    h = pjsip_generic_string_hdr_create(pool, &n, &v);
    if (!h)
        return PJ_ENOMEM;
    pj_list_push_back(list, h);
    return PJ_SUCCESS;
}

int pj4j_event_type(const pjsip_event *e)
{
    return e ? (int) e->type : PJSIP_EVENT_UNKNOWN;
}

pjsip_rx_data *pj4j_event_rdata(const pjsip_event *e)
{
    if (!e)
        return NULL;
    if (e->type == PJSIP_EVENT_RX_MSG)
        return e->body.rx_msg.rdata;
    if (e->type == PJSIP_EVENT_TSX_STATE && e->body.tsx_state.type == PJSIP_EVENT_RX_MSG)
        return e->body.tsx_state.src.rdata;
    return NULL;
}

pj_bool_t pj4j_event_from_remote(const pjsip_event *e)
{
    const pjsip_transaction *tsx;

    if (pj4j_event_rdata(e))
        return PJ_TRUE;
    if (!e || e->type != PJSIP_EVENT_TSX_STATE || !(tsx = e->body.tsx_state.tsx))
        return PJ_FALSE;
    return tsx->role == PJSIP_ROLE_UAS && tsx->method.id == PJSIP_INVITE_METHOD &&
           tsx->status_code == PJSIP_SC_REQUEST_TERMINATED;
}

pj4j_text pj4j_rdata_text(const pjsip_rx_data *rdata)
{
    pj4j_text text;

    text.ptr = rdata ? rdata->msg_info.msg_buf : NULL;
    text.slen = rdata && rdata->msg_info.msg_buf ? rdata->msg_info.len : 0;
    return text;
}
