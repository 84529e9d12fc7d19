/* The gate for text the raw layer passes into SIP messages: parameters that carry a URI, or a one-line
 * header text, are checked by org.pjsua4j.raw.WireText in Java, before anything is copied to native
 * memory. A refusal is an IllegalArgumentException naming the parameter: a CR or LF would start a
 * header of the caller's making on the wire, NUL cuts C strings short, and a URI longer than pjsip's
 * buffers exhausts the pool pjsua_verify_url parses it in (a crash: pjlib's throw has no handler). */
%typemap(javain) const pj_str_t *dst_uri, const pj_str_t *dest_uri, const pj_str_t *dest, const pj_str_t *to,
                 const pj_str_t *target, const pj_str_t *uri, const pj_str_t *url, const pj_str_t *remote_uri
  "Utf8.encode(WireText.optionalUri(\"$javainput\", $javainput))"
%typemap(javain) const pj_str_t *reason, const pj_str_t *mime_type, const pj_str_t *method
  "Utf8.encode(WireText.optionalLine(\"$javainput\", $javainput))"
/* Message bodies (pjsua_im_send, pjsua_call_send_im): line breaks allowed, NUL not. */
%typemap(javain) const pj_str_t *content "Utf8.encode(WireText.optionalBody(\"$javainput\", $javainput))"
/* Struct members pjsua writes into messages, checked by their setters (cfg.setId(...)) the same way,
 * named by the member: SWIG names a member setter's parameter after the member. ka_data (the UDP
 * keep-alive payload, CRLF by default) is not a header text and is left out. */
%define PJ4J_WIRE_MEMBER(KIND, NAME)
%typemap(javain) pj_str_t *NAME "Utf8.encode(WireText.KIND(\"NAME\", $javainput))"
%enddef
PJ4J_WIRE_MEMBER(optionalUri, id)
PJ4J_WIRE_MEMBER(optionalUri, reg_uri)
PJ4J_WIRE_MEMBER(optionalUri, force_contact)
PJ4J_WIRE_MEMBER(optionalUri, target_uri)
PJ4J_WIRE_MEMBER(optionalUri, contact_uri)
PJ4J_WIRE_MEMBER(optionalUri, uri)
PJ4J_WIRE_MEMBER(optionalLine, user_agent)
PJ4J_WIRE_MEMBER(optionalLine, reg_contact_params)
PJ4J_WIRE_MEMBER(optionalLine, contact_params)
PJ4J_WIRE_MEMBER(optionalLine, contact_uri_params)
PJ4J_WIRE_MEMBER(optionalLine, rfc5626_instance_id)
PJ4J_WIRE_MEMBER(optionalLine, rfc5626_reg_id)
PJ4J_WIRE_MEMBER(optionalLine, content_type)
PJ4J_WIRE_MEMBER(optionalLine, realm)
PJ4J_WIRE_MEMBER(optionalLine, scheme)
PJ4J_WIRE_MEMBER(optionalLine, username)
PJ4J_WIRE_MEMBER(optionalLine, data)
PJ4J_WIRE_MEMBER(optionalLine, note)
PJ4J_WIRE_MEMBER(optionalBody, msg_body)
/* pjsua_verify_url and pjsua_verify_sip_url take a C string. */
%typemap(javain) const char *url "WireText.optionalUri(\"$javainput\", $javainput)"

/* WireText's limits, for the test that they match the C side's (pj4j_wiretext.h). */
%constant int PJ4J_MAX_URI = PJ4J_MAX_URI;
%constant int PJ4J_MAX_LINE = PJ4J_MAX_LINE;
%constant int PJ4J_MAX_TOKEN = PJSIP_MAX_HNAME_LEN;
