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
PJ4J_OUT_UNSIGNED(p_cseq)

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
PJ4J_RETURNS_INT(pj4j_call_set_hold)
PJ4J_RETURNS_INT(pj4j_call_reinvite)
PJ4J_RETURNS_INT(pj4j_call_update)

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

/* Functions whose Java result is an object out-parameter: TYPE **PARAM becomes the return value. */
%define PJ4J_RETURNS_OUT_PTR(FUNC, TYPE, PARAM)
%typemap(in, numinputs=0) TYPE **PARAM (TYPE *tmp = NULL) %{ $1 = &tmp; %}
%typemap(argout) TYPE **PARAM %{ *(TYPE **) &$result = tmp$argnum; %}
%typemap(jni) pj_status_t FUNC "jlong"
%typemap(jtype) pj_status_t FUNC "long"
%typemap(jstype) pj_status_t FUNC "$typemap(jstype, TYPE *)"
%typemap(javaout) pj_status_t FUNC {
    long cPtr = $jnicall;
    return new $typemap(jstype, TYPE *)(cPtr, false);
  }
%enddef
PJ4J_RETURNS_OUT_PTR(pjsua_acc_create_request, pjsip_tx_data, p_tdata)

/* pj_str_t *contact out-parameters (pjsua_acc_create_uac/uas_contact, written into the caller's pool)
 * come back as a String copy. pjsua_buddy_info.contact, the one member of that name, is read-only. */
%immutable pjsua_buddy_info::contact;
%typemap(in, numinputs=0) pj_str_t *contact (pj_str_t tmp = {NULL, 0}) %{ $1 = &tmp; %}
%typemap(argout) pj_str_t *contact %{ $result = pj4j_str_to_bytes(jenv, &tmp$argnum); %}
%typemap(freearg) pj_str_t *contact ""
%define PJ4J_RETURNS_STRING(FUNC)
%typemap(jni) pj_status_t FUNC "jbyteArray"
%typemap(jtype) pj_status_t FUNC "byte[]"
%typemap(jstype) pj_status_t FUNC "String"
%typemap(javaout) pj_status_t FUNC {
    return Utf8.decode($jnicall);
  }
%enddef
PJ4J_RETURNS_STRING(pjsua_acc_create_uac_contact)
PJ4J_RETURNS_STRING(pjsua_acc_create_uas_contact)

/* (info[], &count): one self-contained, caller-owned info struct per entry (see infos.i); the Java
 * method returns exactly the entries that exist. */
%define PJ4J_RETURNS_INFO_ARRAY(FUNC, TYPE, ARRAY, MAX, COPY)
%typemap(in, numinputs=0) (TYPE ARRAY[], unsigned *count) (TYPE *tmp, unsigned n) %{
  n = MAX;
  tmp = calloc(n, sizeof(TYPE));
  if (!tmp) {
    pj4j_throw_oom(jenv, "FUNC");
    return $null;
  }
  $1 = tmp;
  $2 = &n;
%}
%typemap(argout) (TYPE ARRAY[], unsigned *count) %{
  $result = COPY(jenv, tmp$argnum, n$argnum);
%}
%typemap(freearg) (TYPE ARRAY[], unsigned *count) %{ free(tmp$argnum); %}
%typemap(jni) pj_status_t FUNC "jlongArray"
%typemap(jtype) pj_status_t FUNC "long[]"
%typemap(jstype) pj_status_t FUNC "TYPE[]"
%typemap(javaout) pj_status_t FUNC {
    long[] ptrs = $jnicall;
    TYPE[] infos = new TYPE[ptrs.length];
    for (int i = 0; i < ptrs.length; i++) {
      infos[i] = new TYPE(ptrs[i], true);
      infos[i].swigOwner = ptrs[i];
    }
    return infos;
  }
%typemap(out) pj_status_t FUNC %{
  if ($1 != PJ_SUCCESS) {
    pj4j_throw_status(jenv, $1, "$name");
    $cleanup
    return $null;
  }
%}
%enddef
PJ4J_RETURNS_INFO_ARRAY(pjsua_acc_enum_info, pjsua_acc_info, info, PJSUA_MAX_ACC, pj4j_acc_infos)
PJ4J_RETURNS_INFO_ARRAY(pjsua_enum_codecs, pjsua_codec_info, id, PJ4J_MAX_CODECS, pj4j_codec_infos)

/* pjsua_call_dump writes into a caller's buffer (a Java String there would be JNI's copy, overrun):
 * the Java method returns the text instead. 16 KB holds a dump with media statistics. */
%typemap(in, numinputs=0) (char *buffer, unsigned maxlen) (char *text) %{
  text = calloc(1, 16384);
  if (!text) {
    pj4j_throw_oom(jenv, "$symname");
    return $null;
  }
  $1 = text;
  $2 = 16384 - 1;
%}
%typemap(argout) (char *buffer, unsigned maxlen) %{ $result = pj4j_chars_to_bytes(jenv, text$argnum, strlen(text$argnum)); %}
%typemap(freearg) (char *buffer, unsigned maxlen) %{ free(text$argnum); %}
PJ4J_RETURNS_STRING(pjsua_call_dump)
