/* glibc's malloc arenas, limited once at load (declared in pj4j.h).
 *
 * glibc gives a thread that finds the arenas busy an arena of its own, up to eight per core, and
 * returns little of an arena's memory to the system. pjsip's worker, media and timer threads and the
 * JVM's event threads each malloc on their own, so the process's RSS grew 14.4 MB per 1,000 short
 * calls (bench/run --process, soak) against 5.2 MB with two arenas, and 2.2 MB for the native pjsua
 * app. An application that chose its own limit (MALLOC_ARENA_MAX, or GLIBC_TUNABLES with
 * glibc.malloc.arena_max) keeps it. Arenas created before the library loads stay; pjsip's threads
 * all start after it. */
#include "pj4j.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#define PJ4J_MALLOC_ARENAS 2

void pj4j_malloc_limit_arenas(void)
{
    const char *tunables = getenv("GLIBC_TUNABLES");

    if (getenv("MALLOC_ARENA_MAX") || (tunables && strstr(tunables, "glibc.malloc.arena_max")))
        return;
    mallopt(M_ARENA_MAX, PJ4J_MALLOC_ARENAS);
}
