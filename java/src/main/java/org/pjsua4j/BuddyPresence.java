package org.pjsua4j;

/**
 * What a {@link Buddy}'s presence subscription has learnt, at one moment. Text the peer sent is as it
 * arrived (it is never sent on).
 *
 * @param status online, offline or unknown
 * @param activity the RPID activity, e.g. {@link PresenceActivity#BUSY}
 * @param note the peer's note (RPID or PIDF {@code <note>}), or pjsua's "Online"/"Offline" when it
 *        gave none; empty while unknown
 * @param subscription the subscription's state
 * @param terminationCode when {@link SubscriptionState#TERMINATED}: the SUBSCRIBE's final status
 *        (e.g. 403), or 200 when a NOTIFY ended it; 0 otherwise
 * @param terminationReason when terminated: the reason (the response's phrase or the NOTIFY's
 *        {@code reason} parameter); empty otherwise
 */
public record BuddyPresence(PresenceStatus status, PresenceActivity activity, String note,
        SubscriptionState subscription, int terminationCode, String terminationReason) {
    /** @return true if online and not busy */
    public boolean isAvailable() {
        return status == PresenceStatus.ONLINE && activity != PresenceActivity.BUSY;
    }
}
