package org.pjsua4j.raw;

import java.util.Optional;

/**
 * The TLS connection that carried a call's latest INVITE, as pjsip reported it when the connection
 * came up ({@code pj_ssl_sock_info} in {@code on_transport_state}), from {@link
 * pjsua#pj4j_call_tls_snapshot(int, String)}.
 *
 * @param proto the protocol version in use, as its {@code PJ_SSL_SOCK_PROTO_*} bit (pjlib's {@code
 *        proto} holds the versions allowed; this one is OpenSSL's {@code SSL_version}), or 0 when
 *        pjlib's TLS backend is not OpenSSL
 * @param cipher the cipher suite's name ({@code pj_ssl_cipher_name}), "" when pjlib has none for it
 * @param verifyStatus {@code verify_status}: {@code PJ_SSL_CERT_ESUCCESS} (0) or the failed checks'
 *        {@code pj_ssl_cert_verify_flag_t} bits, whether or not verification was required
 * @param verifyErrors those checks' texts ({@code pj_ssl_cert_get_verify_status_strings}), one a line
 * @param peerPem the peer's certificate and then the rest of the chain it sent, PEM; "" when it sent
 *        none
 */
public record TlsSnapshot(long proto, String cipher, long verifyStatus, String verifyErrors, String peerPem) {
    // Where native/src/pj4j_tls_state.c puts each value in Packed; the texts' ends follow.
    private static final int PRESENT = 0, PROTO = 1, VERIFY_STATUS = 2, VALUES = 3;
    private static final int CIPHER = 0, VERIFY_ERRORS = 1, PEER_PEM = 2, TEXTS = 3;

    static Optional<TlsSnapshot> read(int callId, String sipCallId) {
        Packed p = Packed.ofThisThread();
        while (!p.held(pjsua.pj4j_call_tls_snapshot(callId, sipCallId, p.bytes), VALUES + TEXTS)) {
            // The texts did not fit: read again into the larger array.
        }
        if (p.value(PRESENT) == 0) {
            return Optional.empty();
        }
        Packed.Texts texts = Packed.Texts.decode(p, VALUES, TEXTS, null);
        return Optional.of(new TlsSnapshot(p.value(PROTO), texts.get(CIPHER), p.value(VERIFY_STATUS),
                texts.get(VERIFY_ERRORS), texts.get(PEER_PEM)));
    }
}
