/* Limits of text that pjsip writes into a SIP message: the C side of org.pjsua4j.raw.WireText (a test
 * checks the two agree), used by native/src/pj4j_wiretext.c. */
#ifndef PJ4J_WIRETEXT_H
#define PJ4J_WIRETEXT_H

#include <pjsua-lib/pjsua.h>

/* The longest URI (PJSIP_MAX_URL_SIZE: pjsip's URI buffers; pjsua_verify_url parses in a 1 KB pool
 * that a URI of some 850 bytes exhausts, and pjlib's throw then has no handler). */
#define PJ4J_MAX_URI PJSIP_MAX_URL_SIZE
/* The longest one-line text: a header value, reason phrase, MIME type, method. */
#define PJ4J_MAX_LINE 1024
/* The longest message body we put in an answer; with the headers it must fit PJSIP_MAX_PKT_LEN. */
#define PJ4J_MAX_BODY 2048

#endif
