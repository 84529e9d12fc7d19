/* user_data is an opaque pointer-sized value the caller picks and pjsua hands back; Java code passes a
 * long (the facade uses it to match callbacks to an outgoing call before its call id is known). */
%typemap(jni) void *user_data "jlong"
%typemap(jtype) void *user_data "long"
%typemap(jstype) void *user_data "long"
%typemap(javain) void *user_data "$javainput"
%typemap(javaout) void *user_data {
    return $jnicall;
  }
%typemap(in) void *user_data %{ $1 = (void *) (intptr_t) $input; %}
%typemap(out) void *user_data %{ $result = (jlong) (intptr_t) $1; %}
/* pjsua_acc_send_request's token is the same kind of value. */
%apply void *user_data { void *token };

%define PJ4J_RETURNS_USER_DATA(FUNC)
%typemap(jni) void *FUNC "jlong"
%typemap(jtype) void *FUNC "long"
%typemap(jstype) void *FUNC "long"
%typemap(javaout) void *FUNC {
    return $jnicall;
  }
%typemap(out) void *FUNC %{ $result = (jlong) (intptr_t) $1; %}
%enddef
PJ4J_RETURNS_USER_DATA(pjsua_call_get_user_data)
PJ4J_RETURNS_USER_DATA(pjsua_acc_get_user_data)
PJ4J_RETURNS_USER_DATA(pjsua_buddy_get_user_data)
