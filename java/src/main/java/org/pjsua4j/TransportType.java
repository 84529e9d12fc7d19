package org.pjsua4j;

/** SIP transport protocols. */
public enum TransportType {
    /** SIP over UDP. */
    UDP,
    /** SIP over TCP. */
    TCP,
    /** SIP over TLS over TCP, set up by the endpoint's {@link TlsConfig}. */
    TLS;
}
