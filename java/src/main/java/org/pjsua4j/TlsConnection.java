package org.pjsua4j;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The TLS connection a call's signalling went over: the one that carried its latest INVITE, sent or
 * received, as it was when it came up ({@link Call#tlsConnection()}).
 *
 * @param version the protocol version in use; empty where pjproject was built with a TLS backend
 *        other than OpenSSL, which pjsua4j asks for it
 * @param cipher the cipher suite, as OpenSSL names it (e.g. {@code TLS_AES_256_GCM_SHA384}), or ""
 *        when pjlib has no name for it
 * @param peerCertificates the peer's certificate first, then the rest of the chain it sent; empty
 *        when it sent none (a client that was not asked for one)
 * @param verificationErrors what failed when the peer's certificate was checked against the CA list,
 *        e.g. "Certificate is not trusted"; empty when it verified. With {@link TlsConfig#verifyServer()}
 *        or {@link TlsConfig#verifyClient()} on, such a connection is refused, so a call sees errors
 *        only where verification is off.
 */
public record TlsConnection(Optional<TlsVersion> version, String cipher, List<X509Certificate> peerCertificates,
        List<String> verificationErrors) {
    /** @throws NullPointerException naming a missing part */
    public TlsConnection {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(cipher, "cipher");
        peerCertificates = List.copyOf(Objects.requireNonNull(peerCertificates, "peerCertificates"));
        verificationErrors = List.copyOf(Objects.requireNonNull(verificationErrors, "verificationErrors"));
    }

    /** @return whether the peer's certificate verified */
    public boolean verified() {
        return verificationErrors.isEmpty();
    }
}
