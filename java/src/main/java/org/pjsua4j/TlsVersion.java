package org.pjsua4j;

/** TLS protocol versions, oldest first ({@code pj_ssl_sock_proto}). */
public enum TlsVersion {
    /** TLS 1.0 (RFC 2246); deprecated by RFC 8996. */
    TLS_1_0,
    /** TLS 1.1 (RFC 4346); deprecated by RFC 8996. */
    TLS_1_1,
    /** TLS 1.2 (RFC 5246). */
    TLS_1_2,
    /** TLS 1.3 (RFC 8446). */
    TLS_1_3;
}
