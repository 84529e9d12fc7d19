/* Every wrapper of a function checks pjsua's state before it enters pjsua, and throws
 * IllegalStateException("pjsua_acc_add: pjsua is not initialised (state CREATED)") instead; then it
 * makes sure the calling thread is known to pjlib, so any Java thread, including virtual threads'
 * carriers, may call pjsua without a "register thread" step.
 *
 * The default is "initialised": pjsua_init done, up to and during pjsua_destroy (CLOSING, when pjsua's
 * shutdown still runs callbacks). A function added later is guarded so without anyone remembering; the
 * lists below are the functions pjsua lets run earlier, each read in pjsua-lib's source, named as
 * declared in C (pj4j_pjsua_init for the raw layer's pjsua_init). Constructors, destructors and %extend
 * methods of the struct proxies (they touch only the struct) and constant getters are not guarded
 * (PJ4J_NOT_PJSUA).
 *
 * The check runs after the arguments are converted (SWIG has no hook before that), so a refusal frees
 * them with $cleanup, the freearg code an early return would otherwise skip. Its cost is one read of
 * pjsua's state. It orders calls; it cannot make a call safe against a pjsua_destroy running on another
 * thread at the same time (the facade's endpoint lock does that). */
%define PJ4J_GUARD(MIN, MAX)
{
  if (!PJ4J_NOT_PJSUA("$parentclassname", "$symname", "$name") && !pj4j_enter(jenv, "$symname", MIN, MAX)) {
    $cleanup
    return $null;
  }
  $action
}
%enddef
%define PJ4J_STATES(MIN, MAX, FUNCS...)
%exception FUNCS PJ4J_GUARD(MIN, MAX)
%enddef

%exception PJ4J_GUARD(PJSUA_STATE_INIT, PJSUA_STATE_CLOSING)

/* Any state: pure struct fillers and helpers that read no pjsua data (pjsua_acc_config_default reads
 * pjsua's zeroed defaults before pjsua_init, as C code may). */
%define PJ4J_ANY_STATE(FUNC)
%exception FUNC PJ4J_GUARD(PJSUA_STATE_NULL, PJSUA_STATE_CLOSING)
%enddef
PJ4J_ANY_STATE(pjsua_get_state)
PJ4J_ANY_STATE(pjsua_logging_config_default)
PJ4J_ANY_STATE(pjsua_config_default)
PJ4J_ANY_STATE(pjsua_msg_data_init)
PJ4J_ANY_STATE(pjsua_ip_change_param_default)
PJ4J_ANY_STATE(pjsua_transport_config_default)
PJ4J_ANY_STATE(pjsua_srtp_opt_default)
PJ4J_ANY_STATE(pjsua_acc_config_default)
PJ4J_ANY_STATE(pjsua_acc_del_param_default)
PJ4J_ANY_STATE(pjsua_call_setting_default)
PJ4J_ANY_STATE(pjsua_call_send_dtmf_param_default)
PJ4J_ANY_STATE(pjsua_call_send_text_param_default)
PJ4J_ANY_STATE(pjsua_buddy_config_default)
PJ4J_ANY_STATE(pjsua_media_config_default)
PJ4J_ANY_STATE(pjsua_snd_dev_param_default)
PJ4J_ANY_STATE(pjsua_conf_connect_param_default)
/* pjsip's transaction timers are process globals, not pjsua's. */
PJ4J_ANY_STATE(pjsip_tsx_set_timers)
/* Checks pjsua's mutex itself. */
PJ4J_ANY_STATE(pj4j_destroy_needs_rx)

/* Before pjsua_create only: a second pjsua_create would zero the running pjsua's data. */
%exception pjsua_create PJ4J_GUARD(PJSUA_STATE_NULL, PJSUA_STATE_NULL)
/* After pjsua_create only: pjsua_init does not check for a second call. */
%exception pj4j_pjsua_init PJ4J_GUARD(PJSUA_STATE_CREATED, PJSUA_STATE_CREATED)
/* After pjsua_init only: a second pjsua_start would start pjsua's subsystems (and their timers) again. */
%exception pjsua_start PJ4J_GUARD(PJSUA_STATE_INIT, PJSUA_STATE_INIT)
/* Destroying what was never created is pjsua's documented no-op (tests and the facade rely on it);
 * destroying from a callback of the shutdown under way would free everything twice. */
%define PJ4J_DESTROY(FUNC)
%exception FUNC {
  if (!pj4j_enter(jenv, "$symname", PJSUA_STATE_NULL, PJSUA_STATE_RUNNING)) {
    return $null;
  }
  $action
  /* Its pools are gone: handles Java still holds must not reach them (swig/handles.i). */
  if (pjsua_get_state() == PJSUA_STATE_NULL)
    pj4j_handles_forget_all();
}
%enddef
PJ4J_DESTROY(pjsua_destroy)
PJ4J_DESTROY(pjsua_destroy2)
PJ4J_DESTROY(pj4j_destroy)

/* Once created: what needs only pjsua_create's pool factory, SIP endpoint (with its parser) and
 * logging, as pjsua.h says of pjsua_verify_url and pjsua_pool_create; and the bridge's readers of
 * pjsip events and messages, which run inside callbacks (the synthetic hook fires them right after
 * pjsua_create). */
%define PJ4J_CREATED(FUNC)
%exception FUNC PJ4J_GUARD(PJSUA_STATE_CREATED, PJSUA_STATE_CLOSING)
%enddef
PJ4J_CREATED(pjsua_pool_create)
PJ4J_CREATED(pj4j_pool_release)
PJ4J_CREATED(pjsua_verify_url)
PJ4J_CREATED(pjsua_verify_sip_url)
PJ4J_CREATED(pjsua_get_pjsip_endpt)
PJ4J_CREATED(pjsua_get_pool_factory)
PJ4J_CREATED(pjsua_reconfigure_logging)
PJ4J_CREATED(pjsua_handle_events)
PJ4J_CREATED(pj4j_msg_data_add_hdr)
PJ4J_CREATED(pj4j_event_type)
PJ4J_CREATED(pj4j_event_rdata)
PJ4J_CREATED(pj4j_event_from_remote)
PJ4J_CREATED(pj4j_rdata_text)
PJ4J_CREATED(pj4j_rdata_user_agent)
PJ4J_CREATED(pj4j_event_user_agent)
