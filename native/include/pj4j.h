/* The hand-written JNI bridge between pjsua and the JVM. Every function is prefixed pj4j_. */
#ifndef PJ4J_H
#define PJ4J_H

#include <jni.h>
#include <pjsua-lib/pjsua.h>

#include "pj4j_accounts.h"
#include "pj4j_calls.h"
#include "pj4j_guards.h"
#include "pj4j_handles.h"
#include "pj4j_wiretext.h"
#include "pj4j_tls.h"
#include "pj4j_tones.h"
#include "pj4j_frames.h"
#include "pj4j_unhandled.h"
#include "pj4j_settings.h"

#define PJ4J_JNI_VERSION JNI_VERSION_1_8

/* Capacity of the temporary array behind an (ids[], &count) out-parameter pair; larger than any
 * pjsua table (PJSUA_MAX_CONF_PORTS is the largest). */
#define PJ4J_MAX_IDS 2048


/* At most two glibc malloc arenas, unless the application chose (pj4j_malloc.c). */
void pj4j_malloc_limit_arenas(void);

/* Threads (pj4j_threads.c; pj4j_thread_ensure is in pj4j_guards.h). */
JNIEnv *pj4j_env(void);
int pj4j_threads_init(JavaVM *vm);

/* Exceptions (pj4j_errors.c). Each returns with the Java exception pending. */
int pj4j_errors_init(JNIEnv *env);
void pj4j_throw_status(JNIEnv *env, pj_status_t status, const char *operation);
void pj4j_throw_closed(JNIEnv *env, const char *operation);
void pj4j_throw_index(JNIEnv *env, const char *what, unsigned index, size_t size);
void pj4j_throw_oom(JNIEnv *env, const char *what);
void pj4j_throw_null(JNIEnv *env, const char *what);
void pj4j_throw_argument(JNIEnv *env, const char *message);
void pj4j_throw_unsupported(JNIEnv *env, const char *message);
/* After an upcall: clears and reports a Java exception so it never unwinds into C. */
void pj4j_upcall_done(JNIEnv *env, const char *callback);

/* Text going into SIP messages (pj4j_wiretext.c; limits in pj4j_wiretext.h). pj4j_is_line: whether
 * text[0..len) is one line without NUL of at most max bytes; pj4j_is_token: whether it is a SIP token
 * (RFC 3261 25.1) of 1 to max bytes. */
int pj4j_is_line(const char *text, size_t len, size_t max);
int pj4j_is_token(const char *text, size_t len, size_t max);

/* Appends "hdr_name: hdr_value" to a pjsip header list, allocated from pool, after the same checks as
 * pj4j_msg_data_add_hdr (pj4j_calls.c). */
pj_status_t pj4j_hdr_list_add(pjsip_hdr *list, pj_pool_t *pool, const pj_str_t *hdr_name, const pj_str_t *hdr_value);

/* Byte arrays and strings (pj4j_strings.c). */
typedef struct pj4j_bytes {
    char *data;
    size_t len;
    char small[192];
} pj4j_bytes;
int pj4j_bytes_get(JNIEnv *env, jbyteArray array, pj4j_bytes *out);
void pj4j_bytes_release(pj4j_bytes *bytes);
jbyteArray pj4j_str_to_bytes(JNIEnv *env, const pj_str_t *str);
jbyteArray pj4j_chars_to_bytes(JNIEnv *env, const char *chars, size_t len);
jintArray pj4j_int_array(JNIEnv *env, const int *values, unsigned count);

/* Structs allocated for Java proxies and the string copies they own (pj4j_owned.c). An owner is the
 * record in front of a struct pj4j_struct_new allocated; pj4j_owner_of(address) finds it from that
 * struct's address (0: none), pj4j_proxy_owner from a proxy's StructProxy.swigOwner. Assigning
 * refuses (UnsupportedOperationException naming what, returns 0) a field outside the owner's struct:
 * memory pjsua or pjsip handed out is not ours to hang copies on. */
typedef struct pj4j_owner pj4j_owner;
int pj4j_owned_init(JNIEnv *env);
void *pj4j_struct_new(size_t size);
void pj4j_struct_free(void *data);
pj4j_owner *pj4j_owner_of(jlong data);
pj4j_owner *pj4j_proxy_owner(JNIEnv *env, jobject proxy);
int pj4j_owned_str_assign(pj4j_owner *owner, pj_str_t *field, const pj_str_t *value, const char *what);
/* The same checks, for a field that keeps what it points at (text of this library's read-only image,
 * pj4j_is_static_text): any copy the owner held for it is freed. */
int pj4j_owned_str_keep(pj4j_owner *owner, pj_str_t *field, const char *what);
int pj4j_is_static_text(const char *text);

/* Self-contained info structs (pj4j_infos.c). */
void pj4j_acc_info_own(pj4j_owner *owner, pjsua_acc_info *info);
jlongArray pj4j_acc_infos(JNIEnv *env, const pjsua_acc_info *infos, unsigned count);
/* More than pjmedia's codec manager holds (PJMEDIA_CODEC_MGR_MAX_CODECS, 32). */
#define PJ4J_MAX_CODECS 64
jlongArray pj4j_codec_infos(JNIEnv *env, const pjsua_codec_info *infos, unsigned count);

/* Upcalls into org.pjsua4j.raw.NativeBridge (pj4j_callbacks.c). */
int pj4j_callbacks_init(JNIEnv *env);
void pj4j_callbacks_fill(pjsua_callback *cb);
/* The TLS connection that carried each call's latest INVITE (pj4j_tls_state.c), fed by the
 * handlers pj4j_callbacks_fill installs: pjsua's on_transport_state, and on_call_tsx_state. */
void pj4j_tls_on_transport_state(pjsip_transport *tp, pjsip_transport_state state,
                                 const pjsip_transport_state_info *info);
void pj4j_tls_on_call_tsx(pjsua_call_id call_id, pjsip_transaction *tsx);
/* Reports a finished account request as PjsuaCallback.on_acc_send_request. */
void pj4j_request_done(pjsua_acc_id acc_id, void *token, int code, const pj_str_t *reason);
/* How many upcalls the handlers have made since load (for the test hook, pj4j_callback_test.c). */
unsigned long pj4j_upcall_count(void);

/* Requests nobody handled: the module (pj4j_unhandled.c, registered by pj4j_pjsua_init) and its Java
 * side (pj4j_unhandled_bridge.c, org.pjsua4j.raw.UnhandledRequests). An answer the listener gives: a
 * final code, its reason (NULL: pjsip's), extra headers, and a body with its Content-Type (both NULL
 * for none). */
typedef struct pj4j_answer {
    int code;
    const pj_str_t *reason;
    unsigned header_count;
    const pj_str_t *names;
    const pj_str_t *values;
    const pj_str_t *content_type;
    const pj_str_t *body;
} pj4j_answer;
pj_status_t pj4j_unhandled_register(void);
/* Answer the waiting request id, or PJ_ENOTFOUND when it no longer waits (answered, timed out, flushed).
 * Any other failure still answers it, with its default. */
pj_status_t pj4j_unhandled_answer(pj_int64_t id, const pj4j_answer *answer);
pj_status_t pj4j_unhandled_answer_default(pj_int64_t id);
int pj4j_unhandled_bridge_init(JNIEnv *env);
/* Upcalls into org.pjsua4j.raw.PlayerEvents: a WAV player reached the end of its file (pj4j_players.c). */
int pj4j_players_init(JNIEnv *env);
/* Offers a held request to the Java listener; 0 when nobody took it (no listener, or it failed). */
int pj4j_unhandled_upcall(pj_int64_t id, const pjsip_rx_data *rdata);

/* The Contact the account registers, empty when it has none (pj4j_accounts.c; the wrapped account
 * operations are in pj4j_accounts.h). */
void pj4j_acc_contact(pjsua_acc_id acc_id, pj_str_t *contact);
/* Whether pjsua still needs messages received while it shuts down (pj4j_accounts.c). */
pj_bool_t pj4j_destroy_needs_rx(void);
/* The same, leaving out the unregistrations pjsua_destroy2 would send and wait for. */
pj_bool_t pj4j_destroy_needs_rx_besides_registrations(void);

/* pjsua_destroy without its wait when nothing needs it (pj4j_destroy.c). */
pj_status_t pj4j_destroy(void);

/* Snapshots in one crossing without an upcall (pj4j_snapshot.c, pj4j_acc_snapshot.c), packed into
 * out (pj4j_packed.c): the values and each text's end as jlongs, then the texts. They return the bytes
 * the snapshot takes (more than out holds: nothing copied, read again with a larger array), or -1
 * with an exception pending (a PjsipException for an invalid id). */
jint pj4j_call_snapshot(JNIEnv *env, pjsua_call_id call_id, jbyteArray out);
jint pj4j_acc_snapshot(JNIEnv *env, pjsua_acc_id acc_id, jbyteArray out);
/* The TLS connection of the call's latest INVITE, if the call with this SIP Call-ID had one
 * (pj4j_tls_state.c); an id out of range throws. */
jint pj4j_call_tls_snapshot(JNIEnv *env, pjsua_call_id call_id, const char *sip_call_id, jbyteArray out);
/* The shared half: v has room for nvalues values and then ntexts ends; what names the array for a
 * NullPointerException. */
jint pj4j_packed_put(JNIEnv *env, jbyteArray out, jlong *v, int nvalues, const pj_str_t *texts, int ntexts,
                     const char *what);

/* Logging (pj4j_log.c). */
int pj4j_log_init(JNIEnv *env);
void pj4j_log_cb(int level, const char *data, int len);
int pj4j_log_level(void);
void pj4j_log_refresh(void);
/* Runs run() with this thread's log lines, up to at_level, handed to sink instead of Java. */
void pj4j_log_capture(int at_level, void (*run)(void), void (*sink)(void *ctx, const char *data, int len), void *ctx);

/* The Java class all upcalls go to; set at load (pj4j_onload.c). */
jclass pj4j_bridge_class(void);
/* A global reference to the named class, or NULL with an exception pending (pj4j_onload.c). */
jclass pj4j_global_class(JNIEnv *env, const char *name);

/* pjsua_init with the bridge's callbacks and log writer filled in (pj4j_init.c). */
pj_status_t pj4j_pjsua_init(const pjsua_config *ua_cfg, const pjsua_logging_config *log_cfg,
                            const pjsua_media_config *media_cfg);

#endif
