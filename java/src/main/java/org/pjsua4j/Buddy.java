package org.pjsua4j;

/**
 * A subscription to another user's presence (SUBSCRIBE with {@code Event: presence}, RFC 3856),
 * made with {@link Account#addBuddy}. Its account owns it: closing the account ends it without a
 * further event; closing the endpoint ends it too, and the listener may hear the subscription end.
 * pjsua refreshes the subscription and, when the notifier ends it or refuses it, subscribes again
 * later (after about five minutes, or the notifier's Retry-After).
 * Methods may be called from any thread; pjsua4j implements this interface, applications do not.
 */
public interface Buddy extends AutoCloseable {
    /** @return pjsua's buddy id */
    int id();

    /** @return the buddy's SIP URI, as given */
    String uri();

    /** @return the account that subscribes */
    Account account();

    /** @return true until closed (by itself, its account or its endpoint) */
    boolean isOpen();

    /**
     * @return the latest presence delivered to the listener, or {@link PresenceStatus#UNKNOWN}
     *         with {@link SubscriptionState#NULL} before the first
     */
    BuddyPresence presence();

    /**
     * Unsubscribes (SUBSCRIBE with {@code Expires: 0}) and removes the buddy. No event follows.
     * Idempotent.
     */
    @Override
    void close();
}
