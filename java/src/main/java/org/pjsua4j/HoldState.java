package org.pjsua4j;

/** Who holds a call, in python-sipsimple's terms. */
public enum HoldState {
    /** Not on hold: audio flows both ways. */
    NONE,
    /** "on hold by local": we put the call on hold. */
    LOCAL,
    /** "on hold by remote": the other side put the call on hold. */
    REMOTE,
    /** "on hold": both sides hold it. */
    BOTH
}
