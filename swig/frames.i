/* Frame ports (native/include/pj4j_frames.h): a handle the caller owns, like a tone generator.
 * Frames cross in direct ByteBuffers, read and written in place from offset 0 (the buffer's
 * capacity is the length), so a frame costs no copy into a Java array and no allocation. Reading and
 * writing return pjsua's status instead of throwing: PJ_ETIMEDOUT, PJ_ETOOMANY and PJ_ECANCELLED are
 * outcomes a streaming loop handles every few frames, not failures. */
PJ4J_RETURNS_OUT_PTR(pj4j_frame_port_create, pj4j_frame_port, p_port)

%typemap(jni) (void *buf, unsigned len), (const void *buf, unsigned len) "jobject"
%typemap(jtype) (void *buf, unsigned len), (const void *buf, unsigned len) "java.nio.ByteBuffer"
%typemap(jstype) (void *buf, unsigned len), (const void *buf, unsigned len) "java.nio.ByteBuffer"
%typemap(javain) (void *buf, unsigned len), (const void *buf, unsigned len) "$javainput"
%typemap(in) (void *buf, unsigned len), (const void *buf, unsigned len) %{
  if (!$input) {
    pj4j_refuse_null(jenv, "$symname", "buf");
    return $null;
  }
  {
    void *address = (*jenv)->GetDirectBufferAddress(jenv, $input);
    jlong capacity = (*jenv)->GetDirectBufferCapacity(jenv, $input);

    if ((*jenv)->ExceptionCheck(jenv))
      return $null;
    if (!address || capacity < 0) {
      pj4j_throw_argument(jenv, "$symname: buf must be a direct ByteBuffer");
      return $null;
    }
    $1 = address;
    $2 = capacity > UINT_MAX ? UINT_MAX : (unsigned) capacity;
  }
%}

%define PJ4J_RETURNS_STATUS(FUNC)
%typemap(jstype) pj_status_t FUNC "int"
%typemap(javaout) pj_status_t FUNC {
    return $jnicall;
  }
%typemap(out) pj_status_t FUNC %{ $result = (jint) $1; %}
%enddef
PJ4J_RETURNS_STATUS(pj4j_frame_port_read)
PJ4J_RETURNS_STATUS(pj4j_frame_port_write)

%include "pj4j_frames.h"
