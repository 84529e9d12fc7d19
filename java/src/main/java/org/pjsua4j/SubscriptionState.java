package org.pjsua4j;

/** The state of an event subscription (RFC 6665), as pjsip's {@code pjsip_evsub_state} names it. */
public enum SubscriptionState {
    /** Not subscribing (yet, or not any more before a retry). */
    NULL,
    /** SUBSCRIBE sent, no answer yet. */
    SENT,
    /** SUBSCRIBE accepted (2xx), no NOTIFY yet. */
    ACCEPTED,
    /** The notifier has not authorised it yet (Subscription-State: pending). */
    PENDING,
    /** Active: NOTIFYs carry the state. */
    ACTIVE,
    /** Ended: refused, timed out, unsubscribed or ended by the notifier. */
    TERMINATED,
    /** A state pjsip reported by name only. */
    UNKNOWN
}
