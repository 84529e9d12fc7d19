/* TLS transports whose cipher list Java gives by name (see pj4j_tls.h). */
#include "pj4j.h"

#include <pj/ssl_sock.h>
#include <string.h>

int pj4j_tls_cipher_id(const char *name)
{
    pj_ssl_cipher id = pj_ssl_cipher_id(name);

    return id == PJ_TLS_UNKNOWN_CIPHER ? -1 : (int) id;
}

/* Fills ids[] from the ':'-separated names; returns the count, or -1 (status in *status). */
static int parse_ciphers(const char *names, pj_ssl_cipher ids[PJ4J_TLS_MAX_CIPHERS], pj_status_t *status)
{
    char name[128];
    const char *p = names;
    int n = 0;

    while (*p) {
        size_t len = strcspn(p, ":");

        if (len > 0) {
            if (len >= sizeof(name)) {
                *status = PJ_ENOTFOUND;
                return -1;
            }
            if (n == PJ4J_TLS_MAX_CIPHERS) {
                *status = PJ_ETOOMANY;
                return -1;
            }
            memcpy(name, p, len);
            name[len] = '\0';
            ids[n] = pj_ssl_cipher_id(name);
            if (ids[n] == PJ_TLS_UNKNOWN_CIPHER) {
                *status = PJ_ENOTFOUND;
                return -1;
            }
            n++;
        }
        p += len;
        if (*p == ':')
            p++;
    }
    return n;
}

pj_status_t pj4j_tls_transport_create(pjsip_transport_type_e type, pjsua_transport_config *cfg, const char *ciphers,
                                      pjsua_transport_id *p_id)
{
    pj_ssl_cipher ids[PJ4J_TLS_MAX_CIPHERS];
    pj_status_t status = PJ_SUCCESS;
    int n;

    /* Compared, not looked up: pjsip's type table asserts, then reads past its end, for unknown types. */
    if (type != PJSIP_TRANSPORT_TLS && type != PJSIP_TRANSPORT_TLS6)
        return PJ_EINVAL;
    n = parse_ciphers(ciphers, ids, &status);
    if (n < 0)
        return status;
    cfg->tls_setting.ciphers_num = (unsigned) n;
    cfg->tls_setting.ciphers = n ? ids : NULL;
    status = pjsua_transport_create(type, cfg, p_id);
    /* The caller's struct must not keep a pointer to this stack frame. */
    cfg->tls_setting.ciphers_num = 0;
    cfg->tls_setting.ciphers = NULL;
    return status;
}
