/* Tone generators on the conference bridge (declared in pj4j_tones.h). */
#include "pj4j.h"

#include <pjsua-lib/pjsua_internal.h>
#include <stdlib.h>
#include <string.h>

struct pj4j_tonegen {
    pjmedia_port *port;
    pjsua_conf_port_id slot;
};

/* pjmedia_tone_desc keeps frequencies and durations in shorts. */
#define SHORT_MAX 32767

pj_status_t pj4j_tonegen_create(pj4j_tonegen **p_gen)
{
    const pjsua_conf_setting *bridge = &pjsua_var.mconf_cfg;
    pj4j_tonegen *gen;
    pj_status_t status;

    PJ_ASSERT_RETURN(p_gen, PJ_EINVAL);
    *p_gen = NULL;
    if (!pjsua_var.mconf)
        return PJ_EINVALIDOP;
    gen = calloc(1, sizeof(*gen));
    if (!gen)
        return PJ_ENOMEM;
    /* The generator and the bridge each create their own pool; pjsua's pool lends only its factory. */
    status = pjmedia_tonegen_create(pjsua_var.pool, pjsua_var.media_cfg.clock_rate, bridge->channel_count,
                                    bridge->samples_per_frame, 16, 0, &gen->port);
    if (status != PJ_SUCCESS) {
        free(gen);
        return status;
    }
    status = pjsua_conf_add_port(pjsua_var.pool, gen->port, &gen->slot);
    if (status != PJ_SUCCESS) {
        pjmedia_port_destroy(gen->port);
        free(gen);
        return status;
    }
    if (!pj4j_handle_add(gen, PJ4J_HANDLE_TONEGEN)) {
        pjsua_conf_remove_port(gen->slot);
        pjmedia_port_destroy(gen->port);
        free(gen);
        return PJ_ENOMEM;
    }
    *p_gen = gen;
    return PJ_SUCCESS;
}

pjsua_conf_port_id pj4j_tonegen_get_conf_port(const pj4j_tonegen *gen)
{
    return gen ? gen->slot : PJSUA_INVALID_ID;
}

static pj_status_t check_durations(unsigned on_msec, unsigned off_msec)
{
    return on_msec == 0 || on_msec > SHORT_MAX || off_msec > SHORT_MAX ? PJ_EINVAL : PJ_SUCCESS;
}

pj_status_t pj4j_tonegen_add_tone(pj4j_tonegen *gen, unsigned freq1, unsigned freq2, unsigned on_msec,
                                  unsigned off_msec, pj_bool_t loop)
{
    pjmedia_tone_desc tone;

    PJ_ASSERT_RETURN(gen && freq1 > 0 && freq1 <= SHORT_MAX && freq2 <= SHORT_MAX, PJ_EINVAL);
    if (check_durations(on_msec, off_msec) != PJ_SUCCESS)
        return PJ_EINVAL;
    pj_bzero(&tone, sizeof(tone));
    tone.freq1 = (short) freq1;
    tone.freq2 = (short) freq2;
    tone.on_msec = (short) on_msec;
    tone.off_msec = (short) off_msec;
    return pjmedia_tonegen_play(gen->port, 1, &tone, loop ? PJMEDIA_TONEGEN_LOOP : 0);
}

pj_status_t pj4j_tonegen_add_digits(pj4j_tonegen *gen, const char *digits, unsigned on_msec,
                                    unsigned off_msec, pj_bool_t loop)
{
    pjmedia_tone_digit tones[PJ4J_TONEGEN_MAX_TONES];
    size_t count, i;

    PJ_ASSERT_RETURN(gen && digits, PJ_EINVAL);
    count = strlen(digits);
    if (count == 0)
        return PJ_EINVAL;
    /* pjmedia_tonegen_play_digits takes fewer digits than tones. */
    if (count >= PJ4J_TONEGEN_MAX_TONES)
        return PJ_ETOOMANY;
    if (check_durations(on_msec, off_msec) != PJ_SUCCESS)
        return PJ_EINVAL;
    pj_bzero(tones, sizeof(tones));
    for (i = 0; i < count; i++) {
        tones[i].digit = digits[i];
        tones[i].on_msec = (short) on_msec;
        tones[i].off_msec = (short) off_msec;
    }
    return pjmedia_tonegen_play_digits(gen->port, (unsigned) count, tones, loop ? PJMEDIA_TONEGEN_LOOP : 0);
}

pj_bool_t pj4j_tonegen_is_busy(const pj4j_tonegen *gen)
{
    return gen && pjmedia_tonegen_is_busy(gen->port);
}

void pj4j_tonegen_destroy(pj4j_tonegen *gen)
{
    /* The wrapper refused a generator already destroyed; of two threads destroying it at once, one
     * finds it gone here. */
    if (!gen || !pj4j_handle_remove(gen, PJ4J_HANDLE_TONEGEN))
        return;
    /* The bridge removes the port on its next tick and holds a reference until then, so the
     * generator outlives this call as long as the bridge still reads from it. */
    pjsua_conf_remove_port(gen->slot);
    pjmedia_port_destroy(gen->port);
    free(gen);
}
