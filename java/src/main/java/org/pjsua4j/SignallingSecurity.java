package org.pjsua4j;

/**
 * How far SIP signalling is protected by TLS, in pjsua's levels 0, 1, 2 (in this order): what a call
 * had ({@link CallInfo#signalling()}), and what an account's SRTP needs before it sends keys in SDP
 * ({@link SrtpConfig#secureSignalling()}).
 */
public enum SignallingSecurity {
    /** Level 0: plain UDP or TCP (SDES keys would travel readable by anyone on the path). */
    NONE,
    /** Level 1: TLS to the next hop (the INVITE came or went over a TLS transport). */
    TLS_HOP,
    /** Level 2: a {@code sips:} request URI, which asks every hop to the far end to use TLS. */
    END_TO_END;
}
