package org.pjsua4j;

import org.pjsua4j.raw.pjsua;

/** The state of a call's INVITE session ({@code pjsip_inv_state}). */
public enum CallState {
    /** Not yet started. */
    NULL,
    /** Outgoing INVITE sent, no response yet. */
    CALLING,
    /** Incoming INVITE received, not yet answered. */
    INCOMING,
    /** A provisional response (1xx) was sent or received. */
    EARLY,
    /** 200 OK sent or received, waiting for the ACK. */
    CONNECTING,
    /** The call is established. */
    CONFIRMED,
    /** The call has ended; see {@link CallInfo#lastStatusCode()}. */
    DISCONNECTED;

    static CallState fromNative(int invState) {
        if (invState == pjsua.PJSIP_INV_STATE_CALLING) {
            return CALLING;
        } else if (invState == pjsua.PJSIP_INV_STATE_INCOMING) {
            return INCOMING;
        } else if (invState == pjsua.PJSIP_INV_STATE_EARLY) {
            return EARLY;
        } else if (invState == pjsua.PJSIP_INV_STATE_CONNECTING) {
            return CONNECTING;
        } else if (invState == pjsua.PJSIP_INV_STATE_CONFIRMED) {
            return CONFIRMED;
        } else if (invState == pjsua.PJSIP_INV_STATE_DISCONNECTED) {
            return DISCONNECTED;
        }
        return NULL;
    }
}
