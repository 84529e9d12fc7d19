package org.pjsua4j;

/** Which side of a call did something, as python-sipsimple's {@code originator}. */
public enum Originator {
    /** This endpoint: the application, or pjsip giving up (timeout, transport failure). */
    LOCAL,
    /** The other side: its BYE, CANCEL or error response. */
    REMOTE
}
