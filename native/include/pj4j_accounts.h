/* What pjsua4j adds to the pjsua account API (native/src/pj4j_accounts.c), wrapped by SWIG into the
 * raw layer like pjsua's own functions. The pj4j_ prefix marks them as not pjsua's. */
#ifndef PJ4J_ACCOUNTS_H
#define PJ4J_ACCOUNTS_H

#include <pjsua-lib/pjsua.h>

/* pjsua_acc_del without the unregistration pjsua_acc_del sends: the registrar keeps our binding until
 * it expires (eXosip's "remove locally"). */
pj_status_t pj4j_acc_del_without_unregistration(pjsua_acc_id acc_id);

/* Sends REGISTER with Contact: * and Expires: 0 for the account's address of record, removing every
 * binding at the registrar (other devices' too); the account's own registration ends with it. The
 * outcome arrives as PjsuaCallback.on_acc_send_request(acc_id, user_data, code, reason). */
pj_status_t pj4j_acc_unregister_all(pjsua_acc_id acc_id, void *user_data);

/* Appends "hdr_name: hdr_value" to the REGISTERs of an account configuration (reg_hdr_list, a C list
 * Java cannot build), e.g. "Supported: path". The header is allocated from pool, which must outlive
 * the pjsua_acc_add or pjsua_acc_modify that copies the configuration. */
pj_status_t pj4j_acc_config_add_reg_hdr(pjsua_acc_config *cfg, pj_pool_t *pool, const pj_str_t *hdr_name,
                                        const pj_str_t *hdr_value);

#endif
