/* pjlib's and pjsip's settings as they print them (native/src/pj4j_settings.c), wrapped by SWIG into
 * the raw layer. */
#ifndef PJ4J_SETTINGS_H
#define PJ4J_SETTINGS_H

#include <stdlib.h>

#include <pjsua-lib/pjsua.h>

/* Text in memory the caller frees with free(); the raw layer's wrapper does, once it is copied. */
typedef pj_str_t pj4j_malloced_text;

/* The lines pj_dump_config and pjsip_dump_config log (the compile-time settings, e.g.
 * " PJSIP_AUTH_ALLOW_MULTIPLE_AUTH_HEADER : 0", and pjsip's runtime pjsip_cfg() values), each as
 * pjlib's log decorates it, one per '\n'. They are taken from this thread's log calls only, so no
 * other thread's line mixes in, and none of them reaches Java's logger. ptr is NULL when memory ran
 * out. */
pj4j_malloced_text pj4j_settings_dump(void);

#endif
