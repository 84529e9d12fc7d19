/* Handles the bridge gives Java and Java releases: memory pools (pjsua_pool_create), tone
 * generators (pj4j_tonegen_create) and frame ports (pj4j_frame_port_create). Each is registered while
 * live, so a second release, or a use after release, is refused instead of freeing or reading freed
 * memory (native/src/pj4j_handles.c). That orders calls of one thread or of threads that synchronise;
 * a release racing a use of the same handle on another thread is the caller's race, as with any C
 * handle (the facade never shares one). */
#ifndef PJ4J_HANDLES_H
#define PJ4J_HANDLES_H

typedef enum pj4j_handle_kind { PJ4J_HANDLE_POOL, PJ4J_HANDLE_TONEGEN, PJ4J_HANDLE_FRAME_PORT } pj4j_handle_kind;

/* 0 when out of memory. */
int pj4j_handle_add(void *handle, pj4j_handle_kind kind);
int pj4j_handle_is_live(const void *handle, pj4j_handle_kind kind);
/* Whether the handle was live; only one caller ever gets 1 for it. */
int pj4j_handle_remove(const void *handle, pj4j_handle_kind kind);
/* After pjsua_destroy, which freed every pool (and with them the tone generators' ports). */
void pj4j_handles_forget_all(void);

#endif
