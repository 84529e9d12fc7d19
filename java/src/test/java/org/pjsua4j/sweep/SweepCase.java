package org.pjsua4j.sweep;

import java.util.Set;

/**
 * One call of the sweep: a function or method with one boundary argument (or a boundary receiver).
 *
 * @param name what is called with what, printed before it runs so a crash or hang names it
 * @param action the call
 * @param names what a refusal's message may name to count as naming the problem (see {@link Verdict})
 * @param stateNames what an IllegalStateException may name besides: the receiver's and the
 *        parameters' types (a closed proxy, a closed account)
 * @param mustRefuse whether the argument is text that must not reach a SIP message (CR, LF, NUL or
 *        longer than the gate allows), so returning normally is a failure
 */
record SweepCase(String name, Action action, Set<String> names, Set<String> stateNames, boolean mustRefuse) {
    /** The call itself; whatever it throws is judged. */
    interface Action {
        void run() throws Throwable;
    }
}
