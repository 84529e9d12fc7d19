/* Requests that no module of pjsip or pjsua handles (native/src/pj4j_unhandled.c), wrapped by SWIG into
 * the raw layer. pj4j_pjsua_init registers a module of ours below pjsua's own, so every such request
 * gets an answer: 405 with Allow, or 481 for one that needs a dialog or transaction we do not have,
 * or 501 for a method we support only inside a dialog; an ACK gets none. With a hold time set, a
 * request instead waits in a server transaction for org.pjsua4j.raw.UnhandledRequests' listener to
 * answer it, from any thread, and gets its default answer when the time is up. */
#ifndef PJ4J_UNHANDLED_H
#define PJ4J_UNHANDLED_H

#include <pjsua-lib/pjsua.h>

/* The longest a request may wait: under the 32 s a peer retransmits for before giving up (Timer F). */
#define PJ4J_UNHANDLED_MAX_HOLD_MS 30000
/* The most requests waiting at once; beyond, a request gets its default answer at once. */
#define PJ4J_UNHANDLED_MAX_HELD 256

/* How long a request nobody handled waits for the listener's answer; 0 (the default after pjsua_init)
 * answers at once, and also answers every request waiting now. PJ_EINVALIDOP before pjsua_init or
 * after pjsua_destroy, PJ_EINVAL above PJ4J_UNHANDLED_MAX_HOLD_MS. */
pj_status_t pj4j_unhandled_hold(unsigned millis);

/* How many requests wait for an answer now. */
unsigned pj4j_unhandled_held_count(void);

#endif
