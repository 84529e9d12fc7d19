package org.pjsua4j.internal;

import java.nio.file.Path;
import org.pjsua4j.TlsConfig;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsip_tls_setting;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_transport_config;

/** A {@link TlsConfig} as pjsip's {@code pjsip_tls_setting}, and the TLS transport made with it. */
final class TlsSettings {
    private TlsSettings() {
    }

    static void fill(TlsConfig tls, pjsip_tls_setting s) {
        tls.caList().ifPresent(f -> s.setCa_list_file(f.toString()));
        tls.certificate().ifPresent(f -> s.setCert_file(f.toString()));
        tls.privateKey().ifPresent(f -> s.setPrivkey_file(f.toString()));
        s.setPassword(tls.privateKeyPassword());
        s.setVerify_server(tls.verifyServer());
        s.setVerify_client(tls.verifyClient());
        s.setRequire_client_cert(tls.requireClientCertificate());
        // proto wins over the older single method when set (pjsip_tls_setting.proto).
        s.setProto(NativeCodes.tlsProtocols(tls.minimumVersion()));
    }

    /** Names the cipher the linked OpenSSL lacks, and the files of a transport that could not start. */
    static int create(int type, pjsua_transport_config tc, TlsConfig tls) {
        for (String name : tls.ciphers()) {
            if (pjsua.pj4j_tls_cipher_id(name) < 0) {
                throw new IllegalArgumentException("TLS cipher '" + name + "' is unknown to the linked OpenSSL");
            }
        }
        try {
            return pjsua.pj4j_tls_transport_create(type, tc, String.join(":", tls.ciphers()));
        } catch (PjsipException e) {
            // pjsip's OpenSSL errors do not say which file was unusable.
            throw new PjsipException(e.status(), e.operation() + " (TLS with " + files(tls) + ")", e.statusText());
        }
    }

    private static String files(TlsConfig tls) {
        return "certificate " + tls.certificate().map(Path::toString).orElse("(none)") + ", private key "
                + tls.privateKey().map(Path::toString).orElse("(none)") + ", CA list "
                + tls.caList().map(Path::toString).orElse("(system)");
    }
}
