package org.pjsua4j;

/**
 * Receives an account's events, on a pjsua4j event thread (never pjsip's own), in order for this
 * account. An exception thrown here is logged and the next event is delivered.
 */
public interface AccountListener {
    /**
     * A registration attempt finished.
     *
     * @param event its outcome
     */
    default void onRegistration(RegistrationEvent event) {
    }

    /**
     * A call arrived for this account. Set the call's listener here, before answering, to see all its
     * events; then {@link Call#answer(int)} now or later. A call nobody answers rings until the caller
     * gives up.
     *
     * @param call the new call, in state {@link CallState#INCOMING}
     */
    default void onIncomingCall(Call call) {
    }

    /**
     * An instant message (SIP MESSAGE) arrived outside any call; pjsua has answered it 200 OK.
     * Messages inside a call go to {@link CallListener#onMessage}.
     *
     * @param message the message
     */
    default void onMessage(InstantMessage message) {
    }

    /**
     * Someone subscribed to the account's presence; pjsua4j has answered as configured
     * ({@link AccountConfig.Builder#acceptWatchers}).
     *
     * @param watcher who, and the answer
     */
    default void onWatcher(PresenceWatcher watcher) {
    }

    /**
     * A message-waiting NOTIFY arrived (in the account's subscription or unsolicited); pjsua has
     * answered it 200 OK.
     *
     * @param summary what it says
     */
    default void onMessageWaiting(MessageSummary summary) {
    }
}
