package org.pjsua4j;

/**
 * A message-waiting indication: the {@code application/simple-message-summary} body (RFC 3842) of a
 * NOTIFY. Counts the body does not give are 0.
 *
 * @param waiting {@code Messages-Waiting: yes}
 * @param messageAccount the {@code Message-Account} URI, or empty
 * @param newVoice new voice messages ({@code Voice-Message: new/old})
 * @param oldVoice old voice messages
 * @param newUrgentVoice of the new, the urgent ({@code (new/old)} after the counts)
 * @param oldUrgentVoice of the old, the urgent
 * @param solicited true when it came in the account's MWI subscription
 *        ({@link AccountConfig.Builder#messageWaiting}), false for an unsolicited NOTIFY
 * @param body the body as it arrived
 */
public record MessageSummary(boolean waiting, String messageAccount, int newVoice, int oldVoice,
        int newUrgentVoice, int oldUrgentVoice, boolean solicited, String body) {
}
