/* What every raw wrapper checks before it enters pjsua (swig/guards.i): that pjsua is in a state the
 * function may be called in, and that the calling thread is known to pjlib. */
#ifndef PJ4J_GUARDS_H
#define PJ4J_GUARDS_H

#include <jni.h>
#include <pjsua-lib/pjsua.h>
#include <pjsua-lib/pjsua_internal.h>

int pj4j_thread_ensure(JNIEnv *env);

/* Throws IllegalStateException("function: pjsua is not initialised (state CREATED)"). */
void pj4j_throw_state(JNIEnv *env, const char *function, pjsua_state state, pjsua_state min, pjsua_state max);

/* Whether function may run now: pjsua's state is within [min, max] and, once pjlib is up, the thread is
 * registered with it. Otherwise an exception is pending. One read of pjsua's state on the way in. */
static inline int pj4j_enter(JNIEnv *env, const char *function, pjsua_state min, pjsua_state max)
{
    /* pjsua_get_state's read, without the call. */
    pjsua_state state = pjsua_var.state;

    if (__builtin_expect(state < min || state > max, 0)) {
        pj4j_throw_state(env, function, state, min, max);
        return 0;
    }
    /* Before pjsua_create pjlib has no thread table to register with; pjsua_create registers the
     * thread that calls it. */
    return state == PJSUA_STATE_NULL || pj4j_thread_ensure(env);
}

/* Whether a SWIG wrapper is not of a pjsua function, from SWIG's $parentclassname, $symname and $name:
 * a struct proxy's constructor (a parent class), destructor (~T), %extend method (T_method) or a
 * constant getter (NAME_get). These touch only their struct, or nothing. Folded by the compiler. */
#define PJ4J_ENDS_WITH(s, tail) \
    (sizeof(s) >= sizeof(tail) && __builtin_strcmp((s) + (sizeof(s) >= sizeof(tail) ? sizeof(s) - sizeof(tail) : 0), tail) == 0)
#define PJ4J_NOT_PJSUA(parent, sym, name) \
    (sizeof(parent) > 1 || (name)[0] == '~' || PJ4J_ENDS_WITH(sym, "_" name) || __builtin_strcmp(sym, name "_get") == 0)

#endif
