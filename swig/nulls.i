/* Every pointer a wrapper passes to C must not be NULL, unless pjsua documents that parameter as
 * optional: a null argument is refused with NullPointerException("pjsua_call_get_info: info must not be
 * null") instead of dereferenced. The exceptions are the list below, read in pjsua.h's @param texts (and
 * pjsua-lib's source where the text is silent); a parameter not listed is checked, so a function added
 * later is checked by default. The list is consulted only when an argument is null.
 *
 * Values that are not pointers to pjsua (user_data and token, passed as long) are not checked; string
 * members of structs may be set to null (the member becomes empty); struct members set by value may
 * not (memberin below). */
%{
static const char *const pj4j_optional_params[] = {
    "pjsua_init ua_cfg", "pjsua_init log_cfg", "pjsua_init media_cfg",
    "pjsua_pool_create name",
    "pjsua_acc_send_response tsx", "pjsua_acc_send_response st_text", "pjsua_acc_send_response msg_data",
    "pjsua_acc_send_request options", "pjsua_acc_send_request msg_data",
    "pjsua_call_make_call opt", "pjsua_call_make_call msg_data",
    "pjsua_call_answer reason", "pjsua_call_answer msg_data",
    "pjsua_call_answer2 opt", "pjsua_call_answer2 reason", "pjsua_call_answer2 msg_data",
    "pj4j_call_answer opt", "pj4j_call_answer reason", "pj4j_call_answer msg_data",
    "pjsua_call_answer_with_sdp opt", "pjsua_call_answer_with_sdp reason", "pjsua_call_answer_with_sdp msg_data",
    "pjsua_call_hangup reason", "pjsua_call_hangup msg_data",
    "pjsua_call_set_hold msg_data", "pjsua_call_set_hold2 msg_data",
    "pjsua_call_reinvite msg_data", "pjsua_call_reinvite2 opt", "pjsua_call_reinvite2 msg_data",
    "pj4j_call_set_hold msg_data", "pj4j_call_reinvite msg_data", "pj4j_call_update msg_data",
    "pjsua_call_update msg_data", "pjsua_call_update2 opt", "pjsua_call_update2 msg_data",
    "pjsua_call_xfer msg_data", "pjsua_call_xfer_replaces msg_data",
    "pjsua_call_send_im mime_type", "pjsua_call_send_im content", "pjsua_call_send_im msg_data",
    "pjsua_call_send_typing_ind msg_data", "pjsua_call_send_request msg_data",
    /* Must be NULL unless htype is PJSIP_H_OTHER. */
    "pjsua_call_remote_has_cap hname",
    "pjsua_pres_notify state_str", "pjsua_pres_notify reason", "pjsua_pres_notify msg_data",
    "pjsua_im_send mime_type", "pjsua_im_send content", "pjsua_im_send msg_data",
    "pjsua_im_typing msg_data",
    "pjsua_conf_connect2 prm",
    "pjsua_conf_get_signal_level tx_level", "pjsua_conf_get_signal_level rx_level",
    "pjsua_playlist_create label",
    "pjsua_recorder_create enc_param",
    /* NULL resets the codec's parameters to its defaults. */
    "pjsua_codec_set_param param",
    /* Like free(NULL). */
    "pj4j_tonegen_destroy gen", "pj4j_frame_port_destroy port",
};

/* Whether parameter may be NULL in function; only asked when it is. */
static int pj4j_null_allowed(const char *function, const char *parameter)
{
    size_t flen = strlen(function), i;

    for (i = 0; i < sizeof(pj4j_optional_params) / sizeof(pj4j_optional_params[0]); i++) {
        const char *entry = pj4j_optional_params[i];

        if (strncmp(entry, function, flen) == 0 && entry[flen] == ' ' && strcmp(entry + flen + 1, parameter) == 0)
            return 1;
    }
    return 0;
}

/* Whether function is the setter SWIG made for a struct member named parameter (T_parameter_set). */
static int pj4j_is_member_setter(const char *function, const char *parameter)
{
    size_t flen = strlen(function), plen = strlen(parameter);

    return flen > plen + 5 && function[flen - plen - 5] == '_' && strncmp(function + flen - plen - 4, parameter, plen) == 0
        && strcmp(function + flen - 4, "_set") == 0;
}

/* Throws unless the parameter may be NULL (returns 0 then). */
static int pj4j_refuse_null(JNIEnv *env, const char *function, const char *parameter)
{
    char what[256];

    if (pj4j_null_allowed(function, parameter) || pj4j_is_member_setter(function, parameter))
        return 0;
    snprintf(what, sizeof(what), "%s: %s", function, parameter);
    pj4j_throw_null(env, what);
    return 1;
}
%}

/* Parameters of functions; struct members are the memberin typemaps' business. */
%typemap(check) SWIGTYPE *, SWIGTYPE [], const pj_str_t *, pj_str_t *, char *, const char * %{
  if (!$1 && pj4j_refuse_null(jenv, "$symname", "$1_name")) {
    $cleanup
    return $null;
  }
%}
%typemap(check) void *user_data, void *token ""
/* A struct or enum pjsua takes by value whose type the raw layer does not wrap (pjmedia_port_op): as
 * SWIG's own typemap, with function and parameter named. (Refused while arguments are converted: none
 * of these functions takes a string before such a parameter, so nothing converted earlier leaks.) */
%typemap(in) SWIGTYPE ($&1_type argp) %{
  argp = *($&1_ltype *) &$input;
  if (!argp) {
    pj4j_throw_null(jenv, "$symname: $1_name");
    return $null;
  }
  $1 = *argp;
%}
/* A struct member held by value. For a struct type SWIG knows, the setter takes a pointer to the new
 * value (cfg.setRtp_cfg(tc)), which must not be NULL; for other types it takes the value itself, which
 * SWIG's in typemap has already read. This one typemap serves both: which applies is decided by the
 * compiler from the types. (Pointer members, SWIGTYPE *, may be set to NULL; arrays are arrays.i's.) */
%typemap(memberin) SWIGTYPE {
  const void *src = __builtin_types_compatible_p(__typeof__($input), __typeof__($1) *)
                        ? *(const void *const *) &$input : (const void *) &$input;
  if (!src) {
    pj4j_throw_null(jenv, "$symname: value");
    return $null;
  }
  memcpy(&$1, src, sizeof($1));
}
