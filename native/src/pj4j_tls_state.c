/* The TLS connection of each call's signalling (pj4j.h). pjsip reports a connection's protocol,
 * cipher and peer certificate only once, to on_transport_state when the connection comes up, and
 * links no call to its connection. So the connections' reports are kept until pjsip destroys the
 * transport, and each call's INVITE transaction (which holds its transport while it runs) copies the
 * report of the connection it went over. Copies, not pointers: a call outlives its connection when
 * pjsip closes an idle one, and holding a reference instead would change when pjsip closes it. A
 * call's copy carries its SIP Call-ID, and is given only to a reader naming the same: pjsua gives an
 * ended call's id to the next call, which replaces the copy if it uses TLS and must not see it if
 * not. So a copy stays until then: at most one per call slot. */
#include "pj4j.h"

#include <pj/ssl_sock.h>
#include <pjsip/sip_transport_tls.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct report {
    pj_uint32_t proto;
    pj_uint32_t verify_status;
    pj_ssl_cipher cipher;
    char *peer_pem; /* the peer's certificate and the chain it sent, PEM; NULL when it sent none */
} report;

typedef struct connection {
    struct connection *next;
    const pjsip_transport *tp;
    report r;
} connection;

typedef struct call_report {
    char *sip_call_id; /* NULL: none */
    report r;
} call_report;

/* Guards both tables: connections change on pjsip's I/O threads, calls on the threads of their
 * transactions, reads come from Java. Every hold is a few copies. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static connection *connections;
static call_report calls[PJSUA_MAX_CALLS];

#if defined(PJ_HAS_SSL_SOCK) && PJ_HAS_SSL_SOCK != 0 && PJ_SSL_SOCK_IMP == PJ_SSL_SOCK_IMP_OPENSSL
#include <openssl/ssl.h>

/* pj_ssl_sock_info.proto is the set of versions the socket allows; the one in use is OpenSSL's. */
static pj_uint32_t proto_in_use(const pj_ssl_sock_info *ssl)
{
    switch (ssl->native_ssl ? SSL_version((const SSL *) ssl->native_ssl) : 0) {
    case TLS1_VERSION:
        return PJ_SSL_SOCK_PROTO_TLS1;
    case TLS1_1_VERSION:
        return PJ_SSL_SOCK_PROTO_TLS1_1;
    case TLS1_2_VERSION:
        return PJ_SSL_SOCK_PROTO_TLS1_2;
    case TLS1_3_VERSION:
        return PJ_SSL_SOCK_PROTO_TLS1_3;
    default:
        return 0;
    }
}
#else
static pj_uint32_t proto_in_use(const pj_ssl_sock_info *ssl)
{
    PJ_UNUSED_ARG(ssl);
    return 0;
}
#endif

static int is_tls(const pjsip_transport *tp)
{
    return tp && (tp->key.type == PJSIP_TRANSPORT_TLS || tp->key.type == PJSIP_TRANSPORT_TLS6);
}

/* A malloc'd copy of the certificate and each chain entry that differs from it, or NULL. */
static char *pem_of(const pj_ssl_cert_info *cert)
{
    size_t len = 0, at = 0;
    unsigned i;
    char *pem;

    if (!cert || cert->raw.slen <= 0)
        return NULL;
    len = (size_t) cert->raw.slen + 1;
    for (i = 0; i < cert->raw_chain.cnt; i++)
        len += (size_t) cert->raw_chain.cert_raw[i].slen + 1;
    pem = malloc(len + 1);
    if (!pem)
        return NULL;
    memcpy(pem, cert->raw.ptr, (size_t) cert->raw.slen);
    at = (size_t) cert->raw.slen;
    pem[at++] = '\n';
    for (i = 0; i < cert->raw_chain.cnt; i++) {
        const pj_str_t *c = &cert->raw_chain.cert_raw[i];

        if (c->slen <= 0 || pj_strcmp(c, &cert->raw) == 0)
            continue;
        memcpy(pem + at, c->ptr, (size_t) c->slen);
        at += (size_t) c->slen;
        pem[at++] = '\n';
    }
    pem[at] = '\0';
    return pem;
}

static void forget(report *r)
{
    free(r->peer_pem);
    memset(r, 0, sizeof(*r));
}

static void forget_call(call_report *c)
{
    free(c->sip_call_id);
    c->sip_call_id = NULL;
    forget(&c->r);
}

/* A copy of src into dst, which is empty; 0 when memory ran out. */
static int copy(report *dst, const report *src)
{
    *dst = *src;
    if (src->peer_pem && !(dst->peer_pem = strdup(src->peer_pem)))
        return 0;
    return 1;
}

/* Under the lock. */
static void remove_connection(const pjsip_transport *tp)
{
    connection **p, *c;

    for (p = &connections; *p; p = &(*p)->next) {
        if ((*p)->tp == tp) {
            c = *p;
            *p = c->next;
            forget(&c->r);
            free(c);
            return;
        }
    }
}

void pj4j_tls_on_transport_state(pjsip_transport *tp, pjsip_transport_state state,
                                 const pjsip_transport_state_info *info)
{
    connection *c;

    if (!is_tls(tp))
        return;
    if (state == PJSIP_TP_STATE_CONNECTED) {
        const pjsip_tls_state_info *tls = info ? info->ext_info : NULL;
        const pj_ssl_sock_info *ssl = tls ? tls->ssl_sock_info : NULL;

        if (!ssl || !ssl->established || !(c = calloc(1, sizeof(*c))))
            return;
        c->tp = tp;
        c->r.proto = proto_in_use(ssl);
        c->r.cipher = ssl->cipher;
        c->r.verify_status = ssl->verify_status;
        c->r.peer_pem = pem_of(ssl->remote_cert_info);
        pthread_mutex_lock(&lock);
        /* One a transport at this address had before, if pjsip freed that one without DESTROY
         * (at pjsua_destroy). */
        remove_connection(tp);
        c->next = connections;
        connections = c;
        pthread_mutex_unlock(&lock);
    } else if (state == PJSIP_TP_STATE_DESTROY) {
        /* After this pjsip frees the transport, and a new one may get its address. */
        pthread_mutex_lock(&lock);
        remove_connection(tp);
        pthread_mutex_unlock(&lock);
    }
}

void pj4j_tls_on_call_tsx(pjsua_call_id call_id, pjsip_transaction *tsx)
{
    const connection *c;
    pjsip_dialog *dlg;
    call_report *slot;

    /* Every transaction of every call passes here on pjsip's thread: most leave at the first test. */
    if (!tsx || !is_tls(tsx->transport) || call_id < 0 || call_id >= PJSUA_MAX_CALLS
            || pjsip_method_cmp(&tsx->method, &pjsip_invite_method) != 0)
        return;
    dlg = pjsip_tsx_get_dlg(tsx);
    if (!dlg || !dlg->call_id)
        return;
    slot = &calls[call_id];
    pthread_mutex_lock(&lock);
    for (c = connections; c; c = c->next) {
        if (c->tp == tsx->transport) {
            forget_call(slot);
            slot->sip_call_id = malloc((size_t) dlg->call_id->id.slen + 1);
            if (slot->sip_call_id) {
                memcpy(slot->sip_call_id, dlg->call_id->id.ptr, (size_t) dlg->call_id->id.slen);
                slot->sip_call_id[dlg->call_id->id.slen] = '\0';
                if (!copy(&slot->r, &c->r))
                    forget_call(slot);
            }
            break;
        }
    }
    pthread_mutex_unlock(&lock);
}

/* The values, in the order TlsSnapshot.read takes them; the texts' ends follow. */
enum { V_PRESENT, V_PROTO, V_VERIFY_STATUS, V_COUNT };
enum { S_CIPHER, S_VERIFY_ERRORS, S_PEER_PEM, S_COUNT };

jint pj4j_call_tls_snapshot(JNIEnv *env, pjsua_call_id call_id, const char *sip_call_id, jbyteArray out)
{
    report r = {0};
    int present = 0;
    const char *errors[32];
    unsigned nerrors = PJ_ARRAY_SIZE(errors), i;
    char joined[2048];
    size_t at = 0;
    const char *cipher;
    jint size;

    if (call_id < 0 || call_id >= PJSUA_MAX_CALLS || !sip_call_id) {
        pj4j_throw_status(env, PJ_EINVAL, "pj4j_call_tls_snapshot");
        return -1;
    }
    pthread_mutex_lock(&lock);
    if (calls[call_id].sip_call_id && strcmp(calls[call_id].sip_call_id, sip_call_id) == 0)
        present = copy(&r, &calls[call_id].r);
    pthread_mutex_unlock(&lock);
    joined[0] = '\0';
    if (present && r.verify_status != PJ_SSL_CERT_ESUCCESS
            && pj_ssl_cert_get_verify_status_strings(r.verify_status, errors, &nerrors) == PJ_SUCCESS) {
        for (i = 0; i < nerrors && errors[i]; i++) {
            int n = snprintf(joined + at, sizeof(joined) - at, "%s%s", i ? "\n" : "", errors[i]);

            if (n < 0 || (size_t) n >= sizeof(joined) - at)
                break;
            at += (size_t) n;
        }
    }
    cipher = present ? pj_ssl_cipher_name(r.cipher) : NULL;
    {
        jlong v[V_COUNT + S_COUNT] = {[V_PRESENT] = present, [V_PROTO] = r.proto, [V_VERIFY_STATUS] = r.verify_status};
        const pj_str_t t[S_COUNT] = {[S_CIPHER] = pj_str((char *) (cipher ? cipher : "")),
                                     [S_VERIFY_ERRORS] = pj_str(joined),
                                     [S_PEER_PEM] = pj_str(r.peer_pem ? r.peer_pem : "")};

        size = pj4j_packed_put(env, out, v, V_COUNT, t, S_COUNT, "pj4j_call_tls_snapshot: out");
    }
    forget(&r);
    return size;
}
