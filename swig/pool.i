/* Memory pools, for the few functions that copy into caller memory (pjsua_acc_get_config): the same
 * pjsua_pool_create / pj_pool_release pair as in C. A NULL pool is refused instead of dereferenced. */
%typemap(check) pj_pool_t *pool %{
  if (!$1) {
    pj4j_throw_null(jenv, "$symname: pool");
    return $null;
  }
%}
void pj_pool_release(pj_pool_t *pool);
