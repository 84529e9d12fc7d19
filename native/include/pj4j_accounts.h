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

#endif
