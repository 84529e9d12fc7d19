/* A tone generator on pjsua's conference bridge (native/src/pj4j_tones.c). pjsua has players and
 * recorders but no tone generator; pjmedia_tonegen is one, and this puts it on the bridge. */
#ifndef PJ4J_TONES_H
#define PJ4J_TONES_H

#include <pjsua-lib/pjsua.h>

/* The most tones (or DTMF digits) one generator holds at a time: pjmedia's limit. */
enum { PJ4J_TONEGEN_MAX_TONES = PJMEDIA_TONEGEN_MAX_DIGITS };

/* Unlike pjsua's players, pjsua does not know this object: the caller owns it and destroys it with
 * pj4j_tonegen_destroy, before pjsua_destroy. The raw layer refuses a generator already destroyed (or
 * gone with pjsua_destroy) with IllegalStateException instead of touching it (swig/handles.i). */
typedef struct pj4j_tonegen pj4j_tonegen;

/* Creates a silent generator at the bridge's clock rate and adds it to the bridge. */
pj_status_t pj4j_tonegen_create(pj4j_tonegen **p_gen);

/* The generator's conference bridge slot, to connect with pjsua_conf_connect. */
pjsua_conf_port_id pj4j_tonegen_get_conf_port(const pj4j_tonegen *gen);

/* Appends a tone: freq1 alone, or freq1 and freq2 mixed (freq2 non-zero), sounding for on_msec and
 * then silent for off_msec. With loop, the generator starts over after its last tone. */
pj_status_t pj4j_tonegen_add_tone(pj4j_tonegen *gen, unsigned freq1, unsigned freq2, unsigned on_msec,
                                  unsigned off_msec, pj_bool_t loop);

/* Appends in-band DTMF tones for digits (0-9 * # A-D), each on_msec long followed by off_msec of
 * silence; PJMEDIA_RTP_EINDTMF for any other character, PJ_EINVAL for none, PJ_ETOOMANY for more than
 * PJ4J_TONEGEN_MAX_TONES - 1. */
pj_status_t pj4j_tonegen_add_digits(pj4j_tonegen *gen, const char *digits, unsigned on_msec,
                                    unsigned off_msec, pj_bool_t loop);

/* Whether tones remain to be played (always, once looping). */
pj_bool_t pj4j_tonegen_is_busy(const pj4j_tonegen *gen);

/* Removes the generator from the bridge and releases it. NULL is ignored. */
void pj4j_tonegen_destroy(pj4j_tonegen *gen);

#endif
