/* No pjlib exception escapes: pjlib throws PJ_NO_MEMORY_EXCEPTION when a pool cannot satisfy an
 * allocation, and with no PJ_TRY around it (PJ_DEBUG 0 compiles out the assert in except.c) it
 * longjmps through a NULL frame. Rather than a PJ_TRY in every wrapper, the raw layer keeps the inputs
 * that could exhaust a pool out (docs/architecture.md, "Pools and pjlib's throw"):
 * - a pool Java creates always grows, so it fails only when malloc does;
 * - pjsua_verify_url and pjsua_verify_sip_url copy the URI into a 1 KB pool that cannot grow before
 *   parsing it (the parse itself runs under pjsip_parse_uri's own PJ_TRY): the copy is kept to
 *   PJ4J_MAX_URI bytes here, as WireText keeps it in Java. */
%typemap(check) pj_size_t increment %{
  if ($1 == 0) {
    pj4j_throw_argument(jenv, "$symname: increment must not be 0 (a pool that cannot grow makes pjlib "
                              "throw an exception nothing catches)");
    $cleanup
    return $null;
  }
%}
%typemap(check) const char *url %{
  if ($1 && strlen($1) > PJ4J_MAX_URI) {
    char message[128];

    snprintf(message, sizeof(message), "$symname: url is longer than %d bytes", PJ4J_MAX_URI);
    pj4j_throw_argument(jenv, message);
    $cleanup
    return $null;
  }
  if (!$1 && pj4j_refuse_null(jenv, "$symname", "$1_name")) {
    $cleanup
    return $null;
  }
%}
