/* Proxies never free native memory from a finalizer (the GC thread must not touch pjsip); they are
 * AutoCloseable instead, and a closed proxy throws IllegalStateException instead of passing NULL on.
 * Like any Java object that does not say otherwise, a proxy is not thread-safe: a struct, and the
 * proxies of its members, belong to one thread at a time; different structs may be used at once. */

%typemap(javafinalize) SWIGTYPE ""
%typemap(javainterfaces) SWIGTYPE "AutoCloseable"
%typemap(javabase) SWIGTYPE "StructProxy"
%typemap(javabody) SWIGTYPE %{
  private transient long swigCPtr;
  protected transient boolean swigCMemOwn;

  protected $javaclassname(long cPtr, boolean cMemoryOwn) {
    swigCMemOwn = cMemoryOwn;
    swigCPtr = cPtr;
  }

  protected static long getCPtr($javaclassname obj) {
    if (obj == null) {
      return 0;
    }
    if (obj.swigCPtr == 0) {
      throw new IllegalStateException("$javaclassname is closed");
    }
    return obj.swigCPtr;
  }
%}
%typemap(javacode) SWIGTYPE %{
  /** Frees the native struct if this proxy owns it; idempotent. */
  @Override
  public void close() {
    delete();
  }
%}

/* Member accessors on a closed proxy. */
%typemap(check) SWIGTYPE *self %{
  if (!$1) {
    pj4j_throw_closed(jenv, "$symname");
    $cleanup
    return $null;
  }
%}

/* A proxy returned by a member getter (cfg.getRtp_cfg(), cfg.get_cred_info(1)) views memory of the
 * struct it came from, so it shares that struct's owner (StructProxy.swigAdopt); the module class's
 * swigAdopt, for what pjsua's functions return, adopts nothing. */
%typemap(javaout) SWIGTYPE *, SWIGTYPE &, SWIGTYPE [] {
    long cPtr = $jnicall;
    return (cPtr == 0) ? null : swigAdopt(new $javaclassname(cPtr, $owner));
  }
%pragma(java) modulecode=%{
  private static <T> T swigAdopt(T proxy) {
    return proxy;
  }
%}

/* Structs whose string members Java may set: the constructor allocates them with an owner record
 * in front (pj4j_owned.c) that holds the copies, and closing frees them with the struct. INIT fills
 * the new struct (initialised.i). Used before the struct is declared, so the constructor typemap
 * applies. */
%define PJ4J_OWNER_STRUCT(T, INIT)
%typemap(javaconstruct) T, struct T {
    this($imcall, true);
    swigOwner = swigCPtr;
  }
%extend T {
  T() {
    T *s = (T *) pj4j_struct_new(sizeof(T));
    if (s) {
      INIT(s);
    }
    return s;
  }
  ~T() {
    pj4j_struct_free($self);
  }
}
%enddef
%define PJ4J_STRUCT(T)
PJ4J_OWNER_STRUCT(T, (void))
%enddef
