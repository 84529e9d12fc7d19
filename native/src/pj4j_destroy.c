/* pj4j_destroy: pjsua_destroy without its one-second wait when there is nothing to wait for.
 *
 * What PJSUA_DESTROY_NO_RX_MSG changes in pjsua_destroy2 (pjsua_core.c, pjproject 2.17), read line by
 * line: it zeroes three waits and nothing else. Each wait is busy_sleep(), which polls
 * pjsua_handle_events on the calling thread, the worker threads having been stopped first:
 *  - up to max(100 ms, unpublish_max_wait_time_msec) for PUBLISH sessions to end;
 *  - up to max(100 ms, unreg_timeout) for unregistrations to complete;
 *  - the rest of a second (1000 ms less 50 ms per step of the previous wait) "to allow unregistration
 *    and ICE/TURN transports shutdown to complete", which costs the full second when nothing is
 *    registered at all.
 * Everything else runs as without the flag: calls are hung up and unregistrations and presence
 * NOTIFY/unsubscriptions are still sent (skipping those is PJSUA_DESTROY_NO_TX_MSG's business),
 * publish sessions and STUN resolutions are destroyed, transports are closed the same way,
 * pjsua_media_subsys_destroy ignores its flags, then the endpoint and the pools go.
 *
 * So the flag skips only time in which pjsua would have received answers and run timers.
 * pj4j_destroy_needs_rx (pj4j_accounts.c) lists what shutdown sends and wants answered; when none of it
 * exists the wait has nothing to do. Not covered, because pjsua does not track them: an
 * out-of-dialog request still in flight (pjsua_acc_send_request, a MESSAGE, pj4j_acc_unregister_all)
 * and a timer of the application's. Their transactions end when pjsip_endpt_destroy runs, before
 * their answer could come.
 *
 * Registrations are the one thing an endpoint commonly has at close, and there pjsua_destroy2 waits a
 * whole second however soon the registrar answers: it polls for the unregistrations in 50 ms steps
 * and then sleeps the rest of the second (1000 ms less 50 ms per step). pj4j_destroy sends them
 * itself and polls only until the last is answered (pjsua drops an account's registration client
 * when its unregistration succeeds or fails) or the longest unreg_timeout passes, as pjsua would;
 * what remains then (calls, presence, PUBLISH, TURN) decides the flag as before. */
#include "pj4j.h"

/* Polls on this thread, as pjsua_destroy2's busy_sleep does, the worker threads being stopped. */
static void unregister_all(void)
{
    pj_bool_t sent[PJ_ARRAY_SIZE(pjsua_var.acc)] = { PJ_FALSE };
    unsigned max_wait = 100, i;
    pj_time_val deadline, now;
    pj_bool_t waiting;

    for (i = 0; i < PJ_ARRAY_SIZE(pjsua_var.acc); i++)
        if (pjsua_var.acc[i].valid && pjsua_var.acc[i].cfg.unreg_timeout > max_wait)
            max_wait = pjsua_var.acc[i].cfg.unreg_timeout;
    pj_gettickcount(&deadline);
    deadline.msec += max_wait;
    pj_time_val_normalize(&deadline);
    do {
        waiting = PJ_FALSE;
        for (i = 0; i < PJ_ARRAY_SIZE(pjsua_var.acc); i++) {
            if (!pjsua_var.acc[i].valid || !pjsua_var.acc[i].regc)
                continue;
            /* A REGISTER still in flight refuses with PJSIP_EBUSY: tried again once it is answered. */
            if (!sent[i])
                sent[i] = pjsua_acc_set_registration((pjsua_acc_id) i, PJ_FALSE) == PJ_SUCCESS;
            waiting = PJ_TRUE;
        }
        if (!waiting)
            return;
        pjsua_handle_events(10);
        pj_gettickcount(&now);
    } while (PJ_TIME_VAL_LT(now, deadline));
}

pj_status_t pj4j_destroy(void)
{
    /* Requests waiting for the application get their default answer while the transports work;
     * pjsua_destroy closes them before pjsip's modules stop. Fails harmlessly when pjsua_init never ran. */
    pj4j_unhandled_hold(0);
    /* Stopped before the check so that no message a worker thread polls (an INVITE, a SUBSCRIBE) can
     * create something to wait for between the check and the destroy. pjsua_destroy2 begins the same
     * way; stopping twice is harmless because each thread is joined and forgotten. */
    pjsua_stop_worker_threads();
    if (!pj4j_destroy_needs_rx())
        return pjsua_destroy2(PJSUA_DESTROY_NO_RX_MSG);
    /* With a call left, pjsua's full wait comes anyway: it unregisters in its own order then. */
    if (pjsua_call_get_count() == 0)
        unregister_all();
    return pjsua_destroy2(pj4j_destroy_needs_rx_besides_registrations() ? 0 : PJSUA_DESTROY_NO_RX_MSG);
}
