package org.pjsua4j;

/** What to do with one target of a 3xx redirect response ({@link CallListener#onRedirect}). */
public enum RedirectDecision {
    /** Send the INVITE to the target. */
    FOLLOW,
    /** Send the INVITE to the target, with the target as the To header too. */
    FOLLOW_REPLACING_TO,
    /** Skip this target; the next one of the response is offered, if any. */
    SKIP,
    /** End the call with the 3xx status. */
    STOP
}
