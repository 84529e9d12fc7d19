package org.pjsua4j;

/** Whether an account's calls use SRTP ({@code pjmedia_srtp_use}). */
public enum SrtpUse {
    /** Plain RTP only. */
    DISABLED,
    /** Offer SRTP, accept plain RTP. */
    OPTIONAL,
    /** SRTP or no call. */
    MANDATORY;
}
