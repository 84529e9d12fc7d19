package org.pjsua4j;

/**
 * Someone subscribed to an account's presence, and how pjsua4j answered
 * ({@link AccountConfig.Builder#acceptWatchers}). An accepted watcher gets a NOTIFY at once and
 * another whenever {@link Account#setOnlineStatus} changes the status.
 *
 * @param from the watcher, as its From header gave it (display name included; pjsip prints a From
 *        URI without port, as RFC 3261 table 1 has it)
 * @param answer the status the SUBSCRIBE was answered with: 200, or 403 when refused
 */
public record PresenceWatcher(String from, SipStatus answer) {
    /** @return true if the subscription was accepted */
    public boolean accepted() {
        return answer.isSuccess();
    }
}
