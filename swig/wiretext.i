/* The gate for text the raw layer passes into SIP messages, checked by org.pjsua4j.raw.WireText in Java
 * before anything is copied to native memory. A refusal is an IllegalArgumentException naming the
 * parameter or struct member: a CR or LF would start a header of the caller's making on the wire, NUL
 * cuts C strings short, and a URI longer than pjsip's buffers exhausts the pool pjsua_verify_url parses
 * it in (a crash: pjlib's throw has no handler).
 *
 * Every pj_str_t a caller passes, as a function parameter or a struct member, is one line by default;
 * the names below only widen or narrow that. So a parameter or member added by a later pjsua is gated
 * without anyone listing it; one that may hold line breaks must be listed here on purpose. */
%typemap(javain) const pj_str_t *, pj_str_t * "Utf8.encode(WireText.optionalLine(\"$1_name\", $javainput))"

/* URIs: parameters, and the struct members pjsip parses as URIs (the proxy lists are set element-wise,
 * arrays.i names their parameter after the member). */
%typemap(javain) const pj_str_t *dst_uri, const pj_str_t *dest_uri, const pj_str_t *dest, const pj_str_t *to,
                 const pj_str_t *target, const pj_str_t *uri, const pj_str_t *url, const pj_str_t *remote_uri,
                 const pj_str_t *proxy, const pj_str_t *outbound_proxy,
                 pj_str_t *id, pj_str_t *reg_uri, pj_str_t *force_contact, pj_str_t *uri,
                 pj_str_t *target_uri, pj_str_t *local_uri, pj_str_t *contact_uri
  "Utf8.encode(WireText.optionalUri(\"$1_name\", $javainput))"

/* Header names: tokens. */
%typemap(javain) const pj_str_t *hdr_name, const pj_str_t *hname
  "Utf8.encode(WireText.optionalToken(\"$1_name\", $javainput))"

/* Message bodies (MESSAGE content, pjsua_msg_data's body): line breaks allowed, NUL not. */
%typemap(javain) const pj_str_t *content, pj_str_t *msg_body
  "Utf8.encode(WireText.optionalBody(\"$1_name\", $javainput))"

/* Not SIP text at all: real-time text carried in RTP, the keep-alive packet (by default CRLF itself),
 * AKA's binary keys and PEM certificates and keys given in memory (pjsip_tls_setting's *_buf). */
%typemap(javain) pj_str_t *text, pj_str_t *ka_data, pj_str_t *k, pj_str_t *op, pj_str_t *amf,
                 pj_ssl_cert_buffer *ca_buf, pj_ssl_cert_buffer *cert_buf, pj_ssl_cert_buffer *privkey_buf
  "Utf8.encode($javainput)"

/* C strings and char arrays (the info structs' buffers) are lines too. */
%typemap(javain) const char *, char *, char [ANY] "WireText.optionalLine(\"$1_name\", $javainput)"

/* pjsua_verify_url and pjsua_verify_sip_url take a C string. */
%typemap(javain) const char *url "WireText.optionalUri(\"$1_name\", $javainput)"

/* WireText's limits, for the test that they match the C side's (pj4j_wiretext.h). */
%constant int PJ4J_MAX_URI = PJ4J_MAX_URI;
%constant int PJ4J_MAX_LINE = PJ4J_MAX_LINE;
%constant int PJ4J_MAX_BODY = PJ4J_MAX_BODY;
%constant int PJ4J_MAX_TOKEN = PJSIP_MAX_HNAME_LEN;
