package org.pjsua4j;

/** What a person is doing, as RPID (RFC 4480) {@code <activities>} says it; the activities pjsua knows. */
public enum PresenceActivity {
    /** No activity given (or one pjsua does not know). */
    UNKNOWN,
    /** Away. */
    AWAY,
    /** Busy. */
    BUSY
}
