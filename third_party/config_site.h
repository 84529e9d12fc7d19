/* pjsua4j's build settings for pjproject. Copied into pjlib/include/pj/config_site.h of the tree it builds. */
#ifndef PJSUA4J_CONFIG_SITE_H
#define PJSUA4J_CONFIG_SITE_H

/* A failed pj_assert aborts the process when PJ_DEBUG is on; inside a JVM that is a crash. With it off,
 * pj_assert logs and the PJ_ASSERT_RETURN error path that follows every assert reaches Java instead. */
#define PJ_DEBUG                        0

#define PJ_HAS_IPV6                     1

/* The stock ioqueue has 64 slots and reuses a freed one only after 500 ms; each call takes two media
 * sockets, so pjlib ran out (and aborted) at ~70 calls/s. */
#define PJ_IOQUEUE_MAX_HANDLES          4096

/* pjsua's defaults (8 accounts, 4 calls) are sized for a phone; we serve gateways and test callers. */
#define PJSUA_MAX_ACC                   256
#define PJSUA_MAX_CALLS                 512
#define PJSUA_MAX_CONF_PORTS            1100
#define PJSUA_MAX_PLAYERS               256
#define PJSUA_MAX_RECORDERS             256

/* pjsua_call_* polls with trylock for pjsua's and the dialog's locks and gives up with PJ_ETIMEDOUT
 * after this long. With dozens of calls set up at once the locks are rarely free when polled, and the
 * 2 s default refused answers in a 64-call test; the limit stays as a deadlock detector. */
#define PJSUA_ACQUIRE_CALL_TIMEOUT      10000

/* RFC 3261 18.1.1 moves requests over 1300 bytes to TCP, even towards a URI without ;transport=tcp:
 * with many codecs an INVITE is that large, and a UDP-only peer (SIPp, most phones) refuses the
 * connection before pjsip falls back. The transport the URI names is the one used. */
#define PJSIP_DONT_SWITCH_TO_TCP        1

/* Servers have no sound card: the null device keeps the clock running without one. */
#define PJMEDIA_AUDIO_DEV_HAS_NULL_AUDIO 1

#define PJMEDIA_HAS_VIDEO               0

/* DTLS-SRTP keying (RFC 5763/5764) next to SDES: OpenSSL is linked for TLS anyway. */
#define PJMEDIA_SRTP_HAS_DTLS           1

#endif
