package org.pjsua4j.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallState;
import org.pjsua4j.TlsConnection;
import org.pjsua4j.TlsVersion;
import org.pjsua4j.raw.TlsSnapshot;
import org.pjsua4j.raw.pjsua;

/** A call's {@link TlsConnection} from what pjsip reported of it ({@link TlsSnapshot}). */
final class TlsConnections {
    private TlsConnections() {
    }

    /** @param last the call's last snapshot: its Call-ID tells this call's report from an earlier one's */
    static Optional<TlsConnection> of(EndpointCore core, int callId, CallInfo last) {
        if (last == null || last.state() == CallState.DISCONNECTED || core.isClosed()) {
            return Optional.empty();
        }
        try {
            return core.call("Call.tlsConnection",
                    () -> pjsua.pj4j_call_tls_snapshot(callId, last.sipCallId()).map(TlsConnections::of));
        } catch (IllegalStateException e) {
            if (core.isClosed()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static TlsConnection of(TlsSnapshot s) {
        List<String> errors = s.verifyErrors().isEmpty() ? List.of() : List.of(s.verifyErrors().split("\n"));
        return new TlsConnection(version(s.proto()), s.cipher(), certificates(s.peerPem()), errors);
    }

    /** @return the version of a PJ_SSL_SOCK_PROTO_* bit; empty for 0 (not known) */
    static Optional<TlsVersion> version(long protoBit) {
        for (TlsVersion v : TlsVersion.values()) {
            if (NativeCodes.tlsProtocol(v) == protoBit) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static List<X509Certificate> certificates(String pem) {
        if (pem.isEmpty()) {
            return List.of();
        }
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            throw new IllegalStateException("the peer's certificate as pjsip gave it does not parse", e);
        }
    }
}
