package org.pjsua4j;

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
}
