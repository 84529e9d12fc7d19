package org.pjsua4j;

/** How SRTP keys are agreed ({@code pjmedia_srtp_keying_method}). */
public enum SrtpKeying {
    /** SDP security descriptions (RFC 4568): the keys are in the SDP, so they are only as safe as
     *  the signalling. */
    SDES,
    /** DTLS-SRTP (RFC 5763/5764): a DTLS handshake on the media path, keyed to the certificate
     *  fingerprint in the SDP; the keys never appear in signalling. */
    DTLS;
}
