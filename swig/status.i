/* A pj_status_t returned by a function becomes a PjsipException (status, function name, pj_strerror
 * text); the Java method then returns void or the value of its out-parameter (outparams.i).
 * Struct fields of type pj_status_t stay plain ints: they report, they do not fail. */

%typemap(jni) pj_status_t "jint"
%typemap(jtype) pj_status_t "int"
%typemap(jstype) pj_status_t "void"
%typemap(javaout) pj_status_t {
    $jnicall;
  }
%typemap(out) pj_status_t %{
  if ($1 != PJ_SUCCESS) {
    pj4j_throw_status(jenv, $1, "$name");
    $cleanup
    return $null;
  }
%}

%typemap(jstype) pj_status_t status, pj_status_t reg_last_err, pj_status_t last_err "int"
%typemap(javaout) pj_status_t status, pj_status_t reg_last_err, pj_status_t last_err {
    return $jnicall;
  }
%typemap(out) pj_status_t status, pj_status_t reg_last_err, pj_status_t last_err %{ $result = (jint) $1; %}

/* pj_bool_t is an int in C; Java gets a boolean. */
%typemap(jni) pj_bool_t "jboolean"
%typemap(jtype) pj_bool_t "boolean"
%typemap(jstype) pj_bool_t "boolean"
%typemap(javain) pj_bool_t "$javainput"
%typemap(javaout) pj_bool_t {
    return $jnicall;
  }
%typemap(in) pj_bool_t %{ $1 = $input ? PJ_TRUE : PJ_FALSE; %}
%typemap(out) pj_bool_t %{ $result = $1 ? JNI_TRUE : JNI_FALSE; %}
