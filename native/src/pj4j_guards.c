/* The refusal of a raw wrapper called in the wrong pjsua state (pj4j_guards.h, swig/guards.i). */
#include "pj4j.h"

#include <stdio.h>

static const char *state_name(pjsua_state state)
{
    static const char *const names[] = {"NULL", "CREATED", "INIT", "STARTING", "RUNNING", "CLOSING"};

    return state >= 0 && state < (int) PJ_ARRAY_SIZE(names) ? names[state] : "unknown";
}

/* What is wrong, said from the side of the missing step: too early names the step not yet taken, too
 * late the one already taken. */
static const char *problem(pjsua_state state, pjsua_state min, pjsua_state max)
{
    if (state < min)
        return min == PJSUA_STATE_CREATED ? "pjsua is not created"
             : min == PJSUA_STATE_INIT ? "pjsua is not initialised" : "pjsua is not started";
    return max == PJSUA_STATE_NULL ? "pjsua is already created"
         : max == PJSUA_STATE_CREATED ? "pjsua is already initialised"
         : max == PJSUA_STATE_INIT ? "pjsua is already started" : "pjsua is closing";
}

void pj4j_throw_state(JNIEnv *env, const char *function, pjsua_state state, pjsua_state min, pjsua_state max)
{
    char message[256];
    jclass cls;

    snprintf(message, sizeof(message), "%s: %s (state %s)", function, problem(state, min, max), state_name(state));
    cls = (*env)->FindClass(env, "java/lang/IllegalStateException");
    if (cls)
        (*env)->ThrowNew(env, cls, message);
}
