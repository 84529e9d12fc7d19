package org.pjsua4j;

/**
 * Receives a buddy's presence, on a pjsua4j event thread (never pjsip's own), in order for this buddy.
 * An exception thrown here is logged and the next event is delivered.
 */
@FunctionalInterface
public interface BuddyListener {
    /**
     * The buddy's presence or the subscription's state changed (a NOTIFY arrived, or the
     * SUBSCRIBE was answered, refused or timed out).
     *
     * @param buddy the buddy
     * @param presence what is known now
     */
    void onPresence(Buddy buddy, BuddyPresence presence);
}
