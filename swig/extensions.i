/* What pjsua4j adds to the pjsua API, for account operations and a shutdown pjsua has no public
 * function for (native/src/pj4j_accounts.c, pj4j_destroy.c). The pj4j_ prefix marks them as not
 * pjsua's. */

/* Account operations (native/include/pj4j_accounts.h). */
%include "pj4j_accounts.h"

/* pjsua_destroy, without the second pjsua_destroy waits for answers (pjsua_destroy2 with
 * PJSUA_DESTROY_NO_RX_MSG) when pj4j_destroy_needs_rx() finds nothing to wait for, plain pjsua_destroy
 * otherwise (native/src/pj4j_destroy.c tells what the flag skips). */
pj_status_t pj4j_destroy(void);

/* Whether pjsua's shutdown would still send something and want it answered: a registration, a
 * PUBLISH, a presence subscription (ours or a subscriber's), a call, or TURN in use. */
pj_bool_t pj4j_destroy_needs_rx(void);

/* Call operations and pjsip_event accessors (native/include/pj4j_calls.h). */
%typemap(jni) pj4j_text "jbyteArray"
%typemap(jtype) pj4j_text "byte[]"
%typemap(jstype) pj4j_text "String"
%typemap(javaout) pj4j_text {
    return Utf8.decode($jnicall);
  }
%typemap(out) pj4j_text %{ $result = pj4j_str_to_bytes(jenv, &$1); %}
%immutable pj4j_call_media_info::codec;
%immutable pj4j_call_media_info::local_rtp;
%immutable pj4j_call_media_info::remote_rtp;
%include "pj4j_calls.h"
/* pjsip_event_id_e, for pj4j_event_type: pjsip/sip_event.h itself is not wrapped, so that pjsip_event
 * stays an opaque handle instead of becoming an ignored struct. */
%constant int PJSIP_EVENT_UNKNOWN = PJSIP_EVENT_UNKNOWN;
%constant int PJSIP_EVENT_TIMER = PJSIP_EVENT_TIMER;
%constant int PJSIP_EVENT_TX_MSG = PJSIP_EVENT_TX_MSG;
%constant int PJSIP_EVENT_RX_MSG = PJSIP_EVENT_RX_MSG;
%constant int PJSIP_EVENT_TRANSPORT_ERROR = PJSIP_EVENT_TRANSPORT_ERROR;
%constant int PJSIP_EVENT_TSX_STATE = PJSIP_EVENT_TSX_STATE;
%constant int PJSIP_EVENT_USER = PJSIP_EVENT_USER;

/* pjlib's and pjsip's settings as they log them (native/include/pj4j_settings.h). The wrapper owns
 * the text: it copies it into the String and frees it. */
%typemap(jni) pj4j_malloced_text "jbyteArray"
%typemap(jtype) pj4j_malloced_text "byte[]"
%typemap(jstype) pj4j_malloced_text "String"
%typemap(javaout) pj4j_malloced_text {
    return Utf8.decode($jnicall);
  }
%typemap(out) pj4j_malloced_text %{
  if (!$1.ptr) {
    pj4j_throw_oom(jenv, "$symname");
    return $null;
  }
  $result = pj4j_str_to_bytes(jenv, &$1);
  free($1.ptr);
%}
%include "pj4j_settings.h"

/* Requests nobody handles (native/include/pj4j_unhandled.h); their listener and answers are in
 * org.pjsua4j.raw.UnhandledRequests. */
%include "pj4j_unhandled.h"

/* TLS transports with a cipher list given by name (native/include/pj4j_tls.h). */
PJ4J_RETURNS_INT(pj4j_tls_transport_create)
%include "pj4j_tls.h"

/* Tone generators (native/include/pj4j_tones.h): created as a handle the caller owns. */
PJ4J_RETURNS_OUT_PTR(pj4j_tonegen_create, pj4j_tonegen, p_gen)
%include "pj4j_tones.h"

%include "frames.i"
