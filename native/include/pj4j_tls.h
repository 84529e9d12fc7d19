/* TLS transports (native/src/pj4j_tls.c), wrapped by SWIG into the raw layer. */
#ifndef PJ4J_TLS_H
#define PJ4J_TLS_H

#include <pjsua-lib/pjsua.h>

/* pjlib's id of a TLS cipher suite named as OpenSSL names it (e.g. "ECDHE-RSA-AES128-GCM-SHA256", or
 * "TLS_AES_128_GCM_SHA256" for TLS 1.3), or -1 when the SSL library linked in does not know it. */
int pj4j_tls_cipher_id(const char *name);

/* pjsua_transport_create for PJSIP_TRANSPORT_TLS or PJSIP_TRANSPORT_TLS6 (any other type fails with
 * PJ_EINVAL), with cfg->tls_setting's cipher suites given as
 * names separated by ':' ("" keeps OpenSSL's defaults). pjsip_tls_setting holds its ciphers as an
 * array of ids Java cannot build; pjsua copies the setting, so the array lives for this call only.
 * An unknown name fails with PJ_ENOTFOUND, more than PJ4J_TLS_MAX_CIPHERS with PJ_ETOOMANY, before
 * anything is created. */
#define PJ4J_TLS_MAX_CIPHERS 64
pj_status_t pj4j_tls_transport_create(pjsip_transport_type_e type, pjsua_transport_config *cfg, const char *ciphers,
                                      pjsua_transport_id *p_id);

#endif
