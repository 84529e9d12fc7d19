package org.pjsua4j;

/**
 * Receives a call's events. Methods run on a pjsua4j event thread, never on pjsip's own, one event at
 * a time and in order for any one call; a slow listener delays only its own call's events. They may
 * call back into pjsua4j freely. An exception thrown here is logged and the next event is delivered.
 */
public interface CallListener {
    /**
     * The call's state changed.
     *
     * @param call the call
     * @param info the call as it was when the state changed
     */
    default void onState(Call call, CallInfo info) {
    }

    /**
     * The call's media changed, e.g. became {@link MediaStatus#ACTIVE}.
     *
     * @param call the call
     * @param info the call as it was at the change
     */
    default void onMedia(Call call, CallInfo info) {
    }

    /**
     * A DTMF digit arrived.
     *
     * @param call the call
     * @param event the digit
     */
    default void onDtmf(Call call, DtmfEvent event) {
    }
}
