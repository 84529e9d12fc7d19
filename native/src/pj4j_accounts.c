/* Account operations pjsua offers no public API for: removing an account without unregistering it,
 * unregistering every binding of its address of record (Contact: *), reading the Contact it
 * registers, and telling pj4j_destroy whether any account, buddy or call still needs messages
 * received while pjsua shuts down. They need pjsua's private state (pjsua_internal.h, as pj4j_tones.c
 * does) and do what pjsua_acc.c itself does. They take pjsua's lock, except pj4j_acc_contact: its
 * caller (on_reg_state2) runs inside pjsua's registration callback, which holds it. */
#include "pj4j.h"

#include <pjsua-lib/pjsua_internal.h>
#include <stdatomic.h>
#include <stdlib.h>

/* The result points into pjsua's account state: read it before pjsua's lock is released. */
void pj4j_acc_contact(pjsua_acc_id acc_id, pj_str_t *contact)
{
    contact->ptr = NULL;
    contact->slen = 0;
    if (pjsua_acc_is_valid(acc_id))
        *contact = pjsua_var.acc[acc_id].contact;
}

/* Drops pjsua's registration client and its timers without sending anything, leaving the account as
 * pjsua leaves it after a failed registration (destroy_regc() in pjsua_acc.c). Called with the lock. */
static void forget_registration(pjsua_acc *acc)
{
    if (acc->auto_rereg.timer.id) {
        acc->auto_rereg.timer.id = PJ_FALSE;
        pjsua_cancel_timer(&acc->auto_rereg.timer);
    }
    acc->auto_rereg.active = PJ_FALSE;
    if (acc->ka_timer.id) {
        pjsip_endpt_cancel_timer(pjsua_var.endpt, &acc->ka_timer);
        acc->ka_timer.id = PJ_FALSE;
    }
    if (acc->ka_transport) {
        pjsip_transport_dec_ref(acc->ka_transport);
        acc->ka_transport = NULL;
    }
    if (acc->regc) {
        pjsip_regc_destroy2(acc->regc, PJ_TRUE);
        acc->regc = NULL;
    }
    acc->contact.slen = 0;
    acc->reg_mapped_addr.slen = 0;
    acc->rfc5626_status = 0; /* OUTBOUND_UNKNOWN, private to pjsua_acc.c */
    acc->rfc5626_flowtmr = 0;
}

pj_status_t pj4j_acc_del_without_unregistration(pjsua_acc_id acc_id)
{
    PJ_ASSERT_RETURN(acc_id >= 0 && acc_id < (int) PJ_ARRAY_SIZE(pjsua_var.acc), PJ_EINVAL);
    PJSUA_LOCK();
    if (!pjsua_var.acc[acc_id].valid) {
        PJSUA_UNLOCK();
        return PJ_EINVALIDOP;
    }
    /* With no registration client left, pjsua_acc_del has nothing to unregister. */
    forget_registration(&pjsua_var.acc[acc_id]);
    PJSUA_UNLOCK();
    return pjsua_acc_del(acc_id);
}

/* A Contact: * unregistration in flight. Two references: the sender's and the callback's. pjsip may
 * run the callback inside pjsip_regc_send when sending fails, and then also return the failure. */
typedef struct unregister_all {
    pjsua_acc_id acc_id;
    void *token;
    pjsip_regc *regc;
    atomic_int refs;
    atomic_int reported;
} unregister_all;

static void release(unregister_all *op)
{
    if (atomic_fetch_sub(&op->refs, 1) == 1) {
        if (op->regc)
            pjsip_regc_destroy(op->regc);
        free(op);
    }
}

static void on_unregister_all(struct pjsip_regc_cbparam *param)
{
    unregister_all *op = param->token;

    atomic_store(&op->reported, 1);
    pj4j_request_done(op->acc_id, op->token, param->code, &param->reason);
    release(op);
}

/* A one-off registration client, set up as pjsua sets up the account's own (registrar, AOR,
 * credentials, route set, transport), that sends REGISTER with Contact: * and Expires: 0. */
static pj_status_t send_unregister_all(pjsua_acc *acc, pj_pool_t *pool, unregister_all *op)
{
    pjsip_tpselector sel;
    pjsip_tx_data *tdata;
    pj_str_t contact;
    pj_status_t status;

    status = pjsua_acc_create_uac_contact(pool, &contact, acc->index, &acc->cfg.reg_uri);
    if (status == PJ_SUCCESS)
        status = pjsip_regc_create(pjsua_var.endpt, op, &on_unregister_all, &op->regc);
    if (status == PJ_SUCCESS)
        status = pjsip_regc_init(op->regc, &acc->cfg.reg_uri, &acc->cfg.id, &acc->cfg.id, 1, &contact,
                                 PJSIP_REGC_EXPIRATION_NOT_SPECIFIED);
    if (status == PJ_SUCCESS && acc->cfg.cred_count)
        status = pjsip_regc_set_credentials(op->regc, (int) acc->cfg.cred_count, acc->cfg.cred_info);
    if (status == PJ_SUCCESS && !pj_list_empty(&acc->route_set))
        status = pjsip_regc_set_route_set(op->regc, &acc->route_set);
    if (status == PJ_SUCCESS) {
        pjsua_init_tpselector(acc->cfg.transport_id, &sel);
        status = pjsip_regc_set_transport(op->regc, &sel);
    }
    if (status == PJ_SUCCESS)
        status = pjsip_regc_unregister_all(op->regc, &tdata);
    if (status == PJ_SUCCESS)
        status = pjsip_regc_send(op->regc, tdata);
    return status;
}

pj_status_t pj4j_acc_unregister_all(pjsua_acc_id acc_id, void *user_data)
{
    pjsua_acc *acc;
    unregister_all *op;
    pj_pool_t *pool;
    pj_status_t status;

    PJ_ASSERT_RETURN(acc_id >= 0 && acc_id < (int) PJ_ARRAY_SIZE(pjsua_var.acc), PJ_EINVAL);
    op = calloc(1, sizeof(*op));
    if (!op)
        return PJ_ENOMEM;
    op->acc_id = acc_id;
    op->token = user_data;
    atomic_init(&op->refs, 2);
    atomic_init(&op->reported, 0);
    pool = pjsua_pool_create("pj4j-unreg", 512, 512);
    if (!pool) {
        free(op);
        return PJ_ENOMEM;
    }

    PJSUA_LOCK();
    acc = &pjsua_var.acc[acc_id];
    if (!acc->valid) {
        status = PJ_EINVALIDOP;
    } else if (!acc->cfg.reg_uri.slen) {
        status = PJ_EINVALIDOP; /* no registrar */
    } else {
        /* Our own binding goes too; pjsua must not refresh it behind the removal. */
        forget_registration(acc);
        status = send_unregister_all(acc, pool, op);
    }
    PJSUA_UNLOCK();
    pj_pool_release(pool);

    if (status != PJ_SUCCESS && atomic_load(&op->reported)) {
        /* The outcome already went to Java through the callback; reporting it twice would not help. */
        status = PJ_SUCCESS;
    } else if (status != PJ_SUCCESS) {
        release(op); /* the callback's reference: it will not come */
    }
    release(op);
    return status;
}

/* What pjsua_destroy2 sends at shutdown and then busy-waits to hear answered (pjsua_core.c): the
 * unregistration of every registration client, the un-PUBLISH of every publish session, the final
 * NOTIFY of every server presence subscription, the unsubscription of every buddy subscription, the
 * BYE or final response of every call. TURN is in the list because pjsua's last second of waiting is
 * also for TURN allocations to be released. MWI is not: pjsua_destroy2 drops an MWI subscription
 * without sending anything. */
static pj_bool_t needs_rx(pj_bool_t registrations)
{
    pj_bool_t needs;
    unsigned i;

    if (!pjsua_var.mutex)
        return PJ_FALSE; /* not created, or already destroyed: pjsua_destroy2 has nothing to wait for */
    PJSUA_LOCK();
    needs = pjsua_call_get_count() > 0 || pjsua_var.media_cfg.enable_turn;
    for (i = 0; !needs && i < PJ_ARRAY_SIZE(pjsua_var.acc); i++) {
        const pjsua_acc *acc = &pjsua_var.acc[i];

        needs = acc->valid && ((registrations && acc->regc) || acc->publish_sess || !pj_list_empty(&acc->pres_srv_list)
                               || acc->cfg.turn_cfg.enable_turn);
    }
    for (i = 0; !needs && i < PJ_ARRAY_SIZE(pjsua_var.buddy); i++)
        needs = pjsua_var.buddy[i].sub != NULL;
    PJSUA_UNLOCK();
    return needs;
}

pj_status_t pj4j_acc_config_add_reg_hdr(pjsua_acc_config *cfg, pj_pool_t *pool, const pj_str_t *hdr_name,
                                        const pj_str_t *hdr_value)
{
    PJ_ASSERT_RETURN(cfg, PJ_EINVAL);
    return pj4j_hdr_list_add(&cfg->reg_hdr_list, pool, hdr_name, hdr_value);
}

pj_bool_t pj4j_destroy_needs_rx(void)
{
    return needs_rx(PJ_TRUE);
}

pj_bool_t pj4j_destroy_needs_rx_besides_registrations(void)
{
    return needs_rx(PJ_FALSE);
}
