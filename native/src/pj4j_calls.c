/* Call operations and event accessors pjsua4j adds to pjsua (declared in pj4j_calls.h). */
#include "pj4j.h"

#include <pjmedia/transport_srtp.h>
#include <pjsua-lib/pjsua_internal.h>
#include <string.h>

/* Writes the decimal digits of v at p, returns the end. */
static char *put_uint(char *p, unsigned v)
{
    char digits[10];
    int n = 0;

    do {
        digits[n++] = (char) ('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = digits[--n];
    return p;
}

/* "host:port", "[v6]:port" for IPv6, as pj_sockaddr_print(addr, buf, size, 1 | 2) writes it. IPv4 is
 * written here: pj_sockaddr_print's inet_ntop and two snprintf cost ~150 ns an address, more than
 * reading the stream. */
static void print_addr(const pj_sockaddr *addr, char *buf, size_t size)
{
    const unsigned char *a = (const unsigned char *) &addr->ipv4.sin_addr;
    char *p = buf;
    int i;

    buf[0] = '\0';
    if (!pj_sockaddr_has_addr(addr))
        return;
    if (addr->addr.sa_family != PJ_AF_INET || size < sizeof("255.255.255.255:65535")) {
        pj_sockaddr_print(addr, buf, (int) size, 1 | 2);
        return;
    }
    for (i = 0; i < 4; i++) {
        p = put_uint(p, a[i]);
        *p++ = i < 3 ? '.' : ':';
    }
    p = put_uint(p, pj_sockaddr_get_port(addr));
    *p = '\0';
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
    pjsua_call *call;
    pjsip_dialog *dlg;
    pj_status_t status;
    size_t codec_len;

    PJ_ASSERT_RETURN(info, PJ_EINVAL);
    pj_bzero(info, sizeof(*info));
    /* pjsua copies the stream info by value, but its codec name still points into the stream's pool:
     * a hangup or re-INVITE on another thread frees that pool once pjsua's lock is let go. Every
     * stream is destroyed under its call's dialog lock, so the name is read under it. */
    status = acquire_call("pj4j_call_get_media_info()", call_id, &call, &dlg);
    if (status != PJ_SUCCESS)
        return status;
    status = pjsua_call_get_stream_info(call_id, med_idx, &si);
    if (status == PJ_SUCCESS && si.type != PJMEDIA_TYPE_AUDIO)
        status = PJ_EINVALIDOP;
    if (status == PJ_SUCCESS) {
        aud = &si.info.aud;
        codec_len = aud->fmt.encoding_name.slen > 0 ? (size_t) aud->fmt.encoding_name.slen : 0;
        if (codec_len >= sizeof(info->codec))
            codec_len = sizeof(info->codec) - 1;
        if (codec_len)
            pj_memcpy(info->codec, aud->fmt.encoding_name.ptr, codec_len);
        info->clock_rate = aud->fmt.clock_rate;
        info->channel_count = aud->fmt.channel_cnt;
        print_addr(&aud->rem_addr, info->remote_rtp, sizeof(info->remote_rtp));
        pjmedia_transport_info_init(&tp);
        status = pjsua_call_get_med_transport_info(call_id, med_idx, &tp);
    }
    if (status == PJ_SUCCESS) {
        print_addr(&tp.sock_info.rtp_addr_name, info->local_rtp, sizeof(info->local_rtp));
        info->srtp_active = srtp_active(&tp);
    }
    pjsip_dlg_dec_lock(dlg);
    return status;
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

/* The trimmed value of the first header of that name, if pjsip parsed it as a plain string (it has no
 * parser of its own for User-Agent or Server); empty otherwise. */
static pj_str_t string_header(const pjsip_msg *msg, const char *name)
{
    pj_str_t hname = pj_str((char *) name);
    const pjsip_generic_string_hdr *h = pjsip_msg_find_hdr_by_name(msg, &hname, NULL);
    pj_str_t value = {NULL, 0};

    if (h && h->type == PJSIP_H_OTHER) {
        value = h->hvalue;
        pj_strtrim(&value);
    }
    return value;
}

pj4j_text pj4j_rdata_user_agent(const pjsip_rx_data *rdata)
{
    const pjsip_msg *msg = rdata ? rdata->msg_info.msg : NULL;
    pj4j_text ua = {NULL, 0};

    if (!msg)
        return ua;
    ua = string_header(msg, "User-Agent");
    return ua.slen > 0 ? ua : string_header(msg, "Server");
}

pj4j_text pj4j_event_user_agent(const pjsip_event *e)
{
    const pjsip_rx_data *rdata = pj4j_event_rdata(e);
    const pjsip_msg *msg = rdata ? rdata->msg_info.msg : NULL;
    pj4j_text none = {NULL, 0};

    if (msg && msg->type == PJSIP_RESPONSE_MSG && msg->line.status.code == PJSIP_SC_TRYING)
        return none;
    return pj4j_rdata_user_agent(rdata);
}
