/* Proxies never free native memory from a finalizer (the GC thread must not touch pjsip); they are
 * AutoCloseable instead, and a closed proxy throws IllegalStateException instead of passing NULL on. */

%typemap(javafinalize) SWIGTYPE ""
%typemap(javainterfaces) SWIGTYPE "AutoCloseable"
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

/* Structs whose string members the bridge may own: closing them frees those copies too. */
%define PJ4J_STRUCT(T)
%extend T {
  ~T() {
    pj4j_owned_release($self, sizeof(*$self));
    free($self);
  }
}
%enddef
