package org.pjsua4j;

import org.pjsua4j.raw.pjsua;

/** Whether an account's calls use SRTP ({@code pjmedia_srtp_use}). */
public enum SrtpUse {
    /** Plain RTP only. */
    DISABLED,
    /** Offer SRTP, accept plain RTP. */
    OPTIONAL,
    /** SRTP or no call. */
    MANDATORY;

    int toNative() {
        switch (this) {
            case OPTIONAL:
                return pjsua.PJMEDIA_SRTP_OPTIONAL;
            case MANDATORY:
                return pjsua.PJMEDIA_SRTP_MANDATORY;
            default:
                return pjsua.PJMEDIA_SRTP_DISABLED;
        }
    }
}
