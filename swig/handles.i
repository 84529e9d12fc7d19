/* Handles Java releases (pj4j_handles.h). Pools serve the few functions that copy into caller memory
 * (pjsua_acc_get_config), with the same pjsua_pool_create / pj_pool_release pair as in C. A pool from
 * pjsua_pool_create, a tone generator from pj4j_tonegen_create and a frame port from
 * pj4j_frame_port_create are usable until released, once; a second release, or a use after it (or
 * after pjsua_destroy, which frees every pool), throws IllegalStateException naming the function
 * instead of freeing or reading freed memory. */
%{
static void pj4j_throw_released(JNIEnv *env, const char *function, const char *what)
{
    char message[256];
    jclass cls = (*env)->FindClass(env, "java/lang/IllegalStateException");

    snprintf(message, sizeof(message), "%s: %s was released (or went with pjsua_destroy)", function, what);
    if (cls)
        (*env)->ThrowNew(env, cls, message);
}
%}
%typemap(out) pj_pool_t *pjsua_pool_create %{
  if ($1 && !pj4j_handle_add($1, PJ4J_HANDLE_POOL)) {
    pj_pool_release($1);
    $1 = NULL;
  }
  *(pj_pool_t **) &$result = $1;
%}
%typemap(check) pj_pool_t *pool %{
  if (!$1 && pj4j_refuse_null(jenv, "$symname", "$1_name")) {
    $cleanup
    return $null;
  }
  if ($1 && !pj4j_handle_is_live($1, PJ4J_HANDLE_POOL)) {
    pj4j_throw_released(jenv, "$symname", "the pool");
    $cleanup
    return $null;
  }
%}
%typemap(check) pj4j_tonegen *gen, const pj4j_tonegen *gen %{
  if (!$1 && pj4j_refuse_null(jenv, "$symname", "$1_name")) {
    $cleanup
    return $null;
  }
  if ($1 && !pj4j_handle_is_live($1, PJ4J_HANDLE_TONEGEN)) {
    pj4j_throw_released(jenv, "$symname", "the tone generator");
    $cleanup
    return $null;
  }
%}

%typemap(check) pj4j_frame_port *port, const pj4j_frame_port *port %{
  if (!$1 && pj4j_refuse_null(jenv, "$symname", "$1_name")) {
    $cleanup
    return $null;
  }
  if ($1 && !pj4j_handle_is_live($1, PJ4J_HANDLE_FRAME_PORT)) {
    pj4j_throw_released(jenv, "$symname", "the frame port");
    $cleanup
    return $null;
  }
%}

/* pj_pool_release forgets the pool first, so of two releases only one frees it. */
%rename(pj_pool_release) pj4j_pool_release;
%inline %{
void pj4j_pool_release(pj_pool_t *pool)
{
    if (pj4j_handle_remove(pool, PJ4J_HANDLE_POOL))
        pj_pool_release(pool);
}
%}
