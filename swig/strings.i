/* pj_str_t <-> java.lang.String, as UTF-8 bytes encoded and decoded on the Java side (JNI's own
 * "modified UTF-8" mangles NUL and characters outside the BMP).
 * - function parameters (const pj_str_t *): a temporary that lives for the call; null becomes NULL.
 * - struct members (pj_str_t): the struct gets its own copy, freed when the member is set again or
 *   the struct is closed (pj4j_owned.c); the copy belongs to the outermost struct a proxy constructor
 *   allocated, which the setter learns from the proxy (StructProxy.swigOwner). */

%typemap(jni) const pj_str_t * "jbyteArray"
%typemap(jtype) const pj_str_t * "byte[]"
%typemap(jstype) const pj_str_t * "String"
%typemap(javain) const pj_str_t * "Utf8.encode($javainput)"
%typemap(javaout) const pj_str_t * {
    return Utf8.decode($jnicall);
  }
%typemap(in) const pj_str_t * (pj_str_t tmp, pj4j_bytes buf) {
  if (!pj4j_bytes_get(jenv, $input, &buf)) return $null;
  if ($input) {
    tmp.ptr = buf.data;
    tmp.slen = (pj_ssize_t) buf.len;
    $1 = &tmp;
  } else {
    $1 = NULL;
  }
}
%typemap(freearg) const pj_str_t * %{ pj4j_bytes_release(&buf$argnum); %}
%typemap(out) const pj_str_t * %{ $result = pj4j_str_to_bytes(jenv, $1); %}
%apply const pj_str_t * { pj_str_t * };
%typemap(memberin) pj_str_t %{
  if (!pj4j_owned_str_assign(pj4j_proxy_owner(jenv, jarg1_), &$1, $input,
                             "$symname: a string member can be set only in a struct a Java constructor allocated, or a member of one")) {
    $cleanup
    return $null;
  }
%}

/* Arrays of strings (pjsua_config.outbound_proxy, nameserver, ...) are read and written element-wise
 * through PJ4J_ARRAY_MEMBER in api.i. */
