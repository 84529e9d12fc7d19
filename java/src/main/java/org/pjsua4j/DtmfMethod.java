package org.pjsua4j;

/** How a DTMF digit travels. */
public enum DtmfMethod {
    /** RTP telephone-event packets (RFC 2833 / RFC 4733). */
    RFC2833,
    /** SIP INFO requests. */
    SIP_INFO;
}
