package org.pjsua4j;

import org.pjsua4j.raw.pjsua;

/** What to do with one target of a 3xx redirect response ({@link CallListener#onRedirect}). */
public enum RedirectDecision {
    /** Send the INVITE to the target. */
    FOLLOW(pjsua.PJSIP_REDIRECT_ACCEPT),
    /** Send the INVITE to the target, with the target as the To header too. */
    FOLLOW_REPLACING_TO(pjsua.PJSIP_REDIRECT_ACCEPT_REPLACE),
    /** Skip this target; the next one of the response is offered, if any. */
    SKIP(pjsua.PJSIP_REDIRECT_REJECT),
    /** End the call with the 3xx status. */
    STOP(pjsua.PJSIP_REDIRECT_STOP);

    private final int op;

    RedirectDecision(int op) {
        this.op = op;
    }

    int toNative() {
        return op;
    }
}
