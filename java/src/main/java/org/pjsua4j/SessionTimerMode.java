package org.pjsua4j;

/** Whether an account's calls use session timers (RFC 4028), as pjsua's {@code pjsua_sip_timer_use}. */
public enum SessionTimerMode {
    /** Not supported: no {@code Supported: timer}, and a peer's Session-Expires is ignored. */
    OFF,
    /** Supported, and used when the other side asks for it or supports it (pjsua's default). */
    OPTIONAL,
    /**
     * Required: outgoing INVITEs carry {@code Require: timer}; incoming calls whose INVITE does not
     * support timers are refused with 421 Extension Required.
     */
    REQUIRED,
    /** Used in every call, even when the other side does not support it (then we refresh). */
    ALWAYS
}
