/* C out-parameters become Java return values: pjsua_acc_add(cfg, true, &acc_id) is
 * int acc_id = pjsua.pjsua_acc_add(cfg, true) in Java. */

%define PJ4J_OUT_ID(PARAM)
%typemap(in, numinputs=0) int *PARAM (int tmp = -1) %{ $1 = &tmp; %}
%typemap(argout) int *PARAM %{ $result = (jint) tmp$argnum; %}
%enddef
PJ4J_OUT_ID(p_id)
PJ4J_OUT_ID(p_acc_id)
PJ4J_OUT_ID(p_call_id)
PJ4J_OUT_ID(p_buddy_id)

%define PJ4J_OUT_UNSIGNED(PARAM)
%typemap(in, numinputs=0) unsigned *PARAM (unsigned tmp = 0) %{ $1 = &tmp; %}
%typemap(argout) unsigned *PARAM %{ $result = (jint) tmp$argnum; %}
%enddef
PJ4J_OUT_UNSIGNED(digits)

/* Functions whose Java result is their out-parameter instead of void. */
%define PJ4J_RETURNS_INT(FUNC)
%typemap(jstype) pj_status_t FUNC "int"
%typemap(javaout) pj_status_t FUNC {
    return $jnicall;
  }
%enddef
PJ4J_RETURNS_INT(pjsua_transport_create)
PJ4J_RETURNS_INT(pjsua_transport_register)
PJ4J_RETURNS_INT(pjsua_tpfactory_register)
PJ4J_RETURNS_INT(pjsua_acc_add)
PJ4J_RETURNS_INT(pjsua_acc_add_local)
PJ4J_RETURNS_INT(pjsua_call_make_call)
PJ4J_RETURNS_INT(pjsua_call_get_queued_dtmf_digits)
PJ4J_RETURNS_INT(pjsua_buddy_add)
PJ4J_RETURNS_INT(pjsua_conf_add_port)
PJ4J_RETURNS_INT(pjsua_player_create)
PJ4J_RETURNS_INT(pjsua_playlist_create)
PJ4J_RETURNS_INT(pjsua_recorder_create)

/* (ids[], &count) pairs: the Java method returns exactly the ids that exist. */
%define PJ4J_OUT_ID_ARRAY(TYPE, ARRAY)
%typemap(in, numinputs=0) (TYPE ARRAY[], unsigned *count) (TYPE tmp[PJ4J_MAX_IDS], unsigned n = PJ4J_MAX_IDS) %{
  $1 = tmp;
  $2 = &n;
%}
%typemap(argout) (TYPE ARRAY[], unsigned *count) %{ $result = pj4j_int_array(jenv, tmp$argnum, n$argnum); %}
%enddef
PJ4J_OUT_ID_ARRAY(pjsua_transport_id, id)
PJ4J_OUT_ID_ARRAY(pjsua_acc_id, ids)
PJ4J_OUT_ID_ARRAY(pjsua_call_id, ids)
PJ4J_OUT_ID_ARRAY(pjsua_buddy_id, ids)
PJ4J_OUT_ID_ARRAY(pjsua_conf_port_id, id)

%define PJ4J_RETURNS_INT_ARRAY(FUNC)
%typemap(jni) pj_status_t FUNC "jintArray"
%typemap(jtype) pj_status_t FUNC "int[]"
%typemap(jstype) pj_status_t FUNC "int[]"
%typemap(javaout) pj_status_t FUNC {
    return $jnicall;
  }
%enddef
PJ4J_RETURNS_INT_ARRAY(pjsua_enum_transports)
PJ4J_RETURNS_INT_ARRAY(pjsua_enum_accs)
PJ4J_RETURNS_INT_ARRAY(pjsua_enum_calls)
PJ4J_RETURNS_INT_ARRAY(pjsua_enum_buddies)
PJ4J_RETURNS_INT_ARRAY(pjsua_enum_conf_ports)
