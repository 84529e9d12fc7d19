package org.pjsua4j;

/** A buddy's basic presence (PIDF {@code <basic>}), as pjsua reports it. */
public enum PresenceStatus {
    /** Not known yet: no NOTIFY has told, or the subscription ended. */
    UNKNOWN,
    /** Open: the buddy is online. */
    ONLINE,
    /** Closed: the buddy is offline. */
    OFFLINE
}
