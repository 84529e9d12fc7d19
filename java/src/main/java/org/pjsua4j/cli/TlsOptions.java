package org.pjsua4j.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pjsua4j.TlsConfig;

/**
 * pjsua's --use-tls and --tls-* options as a {@link TlsConfig}. pjsua verifies nothing unless told
 * (--tls-verify-server, --tls-verify-client), unlike the facade's default, and the CLI does as pjsua.
 */
final class TlsOptions {
    private static final List<String> SETTINGS = List.of("tls-ca-file", "tls-cert-file", "tls-privkey-file",
            "tls-password", "tls-cipher", "tls-verify-server", "tls-verify-client");

    private TlsOptions() {
    }

    /**
     * @return the TLS settings, or empty without --use-tls
     * @throws IllegalArgumentException for a --tls-* option without --use-tls, or a certificate
     *         without its key (or the other way round)
     */
    static Optional<TlsConfig> of(Options options) {
        if (!options.has("use-tls")) {
            for (String name : SETTINGS) {
                if (options.has(name)) {
                    throw new IllegalArgumentException("--" + name + ": needs --use-tls");
                }
            }
            return Optional.empty();
        }
        TlsConfig.Builder b = TlsConfig.builder();
        if (options.has("tls-ca-file")) {
            b.caList(Path.of(options.get("tls-ca-file", "")));
        }
        if (options.has("tls-cert-file") != options.has("tls-privkey-file")) {
            throw new IllegalArgumentException("--tls-cert-file and --tls-privkey-file: give both or neither");
        }
        if (options.has("tls-cert-file")) {
            b.certificate(Path.of(options.get("tls-cert-file", "")), Path.of(options.get("tls-privkey-file", "")),
                    options.get("tls-password", ""));
        } else if (options.has("tls-password")) {
            throw new IllegalArgumentException("--tls-password: needs --tls-cert-file and --tls-privkey-file");
        }
        b.verifyServer(options.has("tls-verify-server"));
        // pjsua's --tls-verify-client sets require_client_cert too.
        b.verifyClient(options.has("tls-verify-client"), options.has("tls-verify-client"));
        b.ciphers(options.all("tls-cipher"));
        return Optional.of(b.build());
    }
}
