/* C array members (cred_info[], proxy[], ...) get indexed accessors with the C index range checked:
 * cfg.cred_info[0] in C is cfg.getCred_info(0) in Java. */

/* The whole-array setter SWIG makes (cfg.setCred_info(one)) would copy the array's length in elements
 * from one Java proxy, reading past it (or through NULL); it refuses instead. */
%typemap(memberin) SWIGTYPE [ANY] {
  pj4j_throw_unsupported(jenv, "$symname: a C array member is set element by element");
  return $null;
}
%define PJ4J_ARRAY_MEMBER(STRUCT, TYPE, FIELD)
%extend STRUCT {
  TYPE *get_##FIELD(unsigned i) {
    if (i >= PJ_ARRAY_SIZE($self->FIELD)) {
      pj4j_throw_index(pj4j_env(), #STRUCT "." #FIELD, i, PJ_ARRAY_SIZE($self->FIELD));
      return NULL;
    }
    return &$self->FIELD[i];
  }
}
%enddef

/* Arrays of numbers or enums (pjsua_srtp_opt.keying[]): opt.keying[1] = v in C is opt.set_keying(1, v). */
%define PJ4J_VALUE_ARRAY_MEMBER(STRUCT, TYPE, FIELD)
%extend STRUCT {
  TYPE get_##FIELD(unsigned i) {
    if (i >= PJ_ARRAY_SIZE($self->FIELD)) {
      pj4j_throw_index(pj4j_env(), #STRUCT "." #FIELD, i, PJ_ARRAY_SIZE($self->FIELD));
      return (TYPE) 0;
    }
    return $self->FIELD[i];
  }
  void set_##FIELD(unsigned i, TYPE value) {
    if (i >= PJ_ARRAY_SIZE($self->FIELD)) {
      pj4j_throw_index(pj4j_env(), #STRUCT "." #FIELD, i, PJ_ARRAY_SIZE($self->FIELD));
      return;
    }
    $self->FIELD[i] = value;
  }
}
%enddef

/* The owner record of the proxy a wrapper was called on, read from the proxy itself. */
%typemap(in, numinputs=0) pj4j_owner *PJ4J_PROXY_OWNER %{ $1 = pj4j_proxy_owner(jenv, jarg1_); %}

/* pj_str_t array members: cfg.proxy[i] in C is cfg.get_proxy(i) / cfg.set_proxy(i, "...") in Java;
 * the element count field (proxy_cnt, ...) is set separately, as in C. */
%define PJ4J_STRING_ARRAY_MEMBER(STRUCT, FIELD)
%extend STRUCT {
  const pj_str_t *get_##FIELD(unsigned i) {
    if (i >= PJ_ARRAY_SIZE($self->FIELD)) {
      pj4j_throw_index(pj4j_env(), #STRUCT "." #FIELD, i, PJ_ARRAY_SIZE($self->FIELD));
      return NULL;
    }
    return &$self->FIELD[i];
  }
  /* The parameter is named after the member, so wiretext.i gates it as the member; the owner comes
   * from the proxy (PJ4J_PROXY_OWNER). */
  void set_##FIELD(unsigned i, const pj_str_t *FIELD, pj4j_owner *PJ4J_PROXY_OWNER) {
    if (i >= PJ_ARRAY_SIZE($self->FIELD)) {
      pj4j_throw_index(pj4j_env(), #STRUCT "." #FIELD, i, PJ_ARRAY_SIZE($self->FIELD));
      return;
    }
    pj4j_owned_str_assign(PJ4J_PROXY_OWNER, &$self->FIELD[i], FIELD,
                          #STRUCT "." #FIELD ": a string member can be set only in a struct a Java constructor allocated, or a member of one");
  }
}
%enddef
