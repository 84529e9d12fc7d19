package org.pjsua4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pjsua4j.raw.WireText;

/**
 * The endpoint's TLS settings ({@code pjsip_tls_setting}), used by its {@link TransportType#TLS}
 * transports: as a server for connections they accept, as a client for the connections they open.
 * Immutable; build with {@link #builder()}.
 *
 * <p>Unlike pjsip's defaults, a client verifies the server by default: a certificate that does not
 * chain to {@link #caList()} (or, without one, to the system's trusted CAs) or does not name the
 * host it was reached at fails the connection, and with it the request. The host of the target URI
 * (or of the proxy's) is both the name sent as SNI and the name the certificate must carry (as a
 * DNS or IP subject alternative name); pjsip has no separate server-name setting.
 */
public final class TlsConfig {
    private final Path caList;
    private final Path certificate;
    private final Path privateKey;
    private final String privateKeyPassword;
    private final boolean verifyServer;
    private final boolean verifyClient;
    private final boolean requireClientCertificate;
    private final TlsVersion minimumVersion;
    private final List<String> ciphers;

    private TlsConfig(Builder b) {
        this.caList = b.caList;
        this.certificate = b.certificate;
        this.privateKey = b.privateKey;
        this.privateKeyPassword = b.privateKeyPassword;
        this.verifyServer = b.verifyServer;
        this.verifyClient = b.verifyClient;
        this.requireClientCertificate = b.requireClientCertificate;
        this.minimumVersion = b.minimumVersion;
        this.ciphers = List.copyOf(b.ciphers);
    }

    /** @return a builder with the defaults: verify servers, TLS 1.2 or later, OpenSSL's ciphers */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the PEM file of CA certificates peers' certificates must chain to; empty: the system's */
    public Optional<Path> caList() {
        return Optional.ofNullable(caList);
    }

    /** @return the PEM file of our certificate (and chain); empty: none, we can only be a client */
    public Optional<Path> certificate() {
        return Optional.ofNullable(certificate);
    }

    /** @return the PEM file of the certificate's private key */
    public Optional<Path> privateKey() {
        return Optional.ofNullable(privateKey);
    }

    /** @return whether the private key has a password */
    public boolean hasPrivateKeyPassword() {
        return !privateKeyPassword.isEmpty();
    }

    /** @return the private key's password, "" for none; {@link #toString} shows only whether there is one */
    public String privateKeyPassword() {
        return privateKeyPassword;
    }

    /** @return whether a connection we open fails unless the server's certificate is verified */
    public boolean verifyServer() {
        return verifyServer;
    }

    /** @return whether a connection we accept fails when the client's certificate does not verify */
    public boolean verifyClient() {
        return verifyClient;
    }

    /** @return whether a connection we accept fails when the client sends no certificate */
    public boolean requireClientCertificate() {
        return requireClientCertificate;
    }

    /** @return the oldest protocol version accepted */
    public TlsVersion minimumVersion() {
        return minimumVersion;
    }

    /** @return the cipher suites allowed, by OpenSSL name, in order of preference; empty: OpenSSL's */
    public List<String> ciphers() {
        return ciphers;
    }

    @Override
    public String toString() {
        return "TlsConfig[caList=" + caList + ", certificate=" + certificate + ", privateKey=" + privateKey
                + ", privateKeyPassword=" + (hasPrivateKeyPassword() ? "***" : "none") + ", verifyServer="
                + verifyServer + ", verifyClient=" + verifyClient + ", requireClientCertificate="
                + requireClientCertificate + ", minimumVersion=" + minimumVersion + ", ciphers=" + ciphers + "]";
    }

    /** Builds a {@link TlsConfig}. */
    public static final class Builder {
        private Path caList;
        private Path certificate;
        private Path privateKey;
        private String privateKeyPassword = "";
        private boolean verifyServer = true;
        private boolean verifyClient;
        private boolean requireClientCertificate;
        private TlsVersion minimumVersion = TlsVersion.TLS_1_2;
        private final List<String> ciphers = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param file a PEM file of the CA certificates to trust instead of the system's
         * @return this builder
         * @throws IllegalArgumentException if the file is not a readable regular file, or its name is
         *         not one line
         */
        public Builder caList(Path file) {
            this.caList = readable("caList", file);
            return this;
        }

        /**
         * Our certificate, which a TLS transport needs to accept connections (and presents as a client
         * when the server asks for one).
         *
         * @param certificate a PEM file of the certificate, followed by any intermediate CAs
         * @param privateKey a PEM file of its private key
         * @param password the key's password, or "" if it has none; never logged nor shown
         * @return this builder
         * @throws IllegalArgumentException if a file is not a readable regular file, or a name or the
         *         password is not one line
         */
        public Builder certificate(Path certificate, Path privateKey, String password) {
            Path cert = readable("certificate", certificate);
            Path key = readable("privateKey", privateKey);
            Objects.requireNonNull(password, "password");
            // Checked here like the other text, but never echoed: WireText's message names the
            // parameter only.
            WireText.line("privateKeyPassword", password);
            this.certificate = cert;
            this.privateKey = key;
            this.privateKeyPassword = password;
            return this;
        }

        /**
         * @param verify whether a connection we open fails unless the server's certificate chains to
         *        a trusted CA and names the host we connected to (default true)
         * @return this builder
         */
        public Builder verifyServer(boolean verify) {
            this.verifyServer = verify;
            return this;
        }

        /**
         * @param verify whether a connection we accept fails when the client's certificate does not
         *        chain to a trusted CA (default false)
         * @param require whether it also fails when the client sends none (default false)
         * @return this builder
         */
        public Builder verifyClient(boolean verify, boolean require) {
            this.verifyClient = verify;
            this.requireClientCertificate = require;
            return this;
        }

        /**
         * @param version the oldest protocol version to accept (default TLS 1.2)
         * @return this builder
         */
        public Builder minimumVersion(TlsVersion version) {
            this.minimumVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * @param names the cipher suites to allow, by OpenSSL name (e.g. ECDHE-RSA-AES128-GCM-SHA256,
         *        or TLS_AES_128_GCM_SHA256 for TLS 1.3), most preferred first; none keeps OpenSSL's
         *        list. OpenSSL keeps TLS 1.3's suites apart from the older versions', so a list that
         *        names only one kind leaves the other at OpenSSL's defaults. A name the linked OpenSSL
         *        does not know fails {@link Endpoint#start}, naming it.
         * @return this builder
         * @throws IllegalArgumentException if a name is empty, holds ':' or is not a token
         */
        public Builder ciphers(List<String> names) {
            List<String> checked = new ArrayList<>();
            for (String name : Objects.requireNonNull(names, "names")) {
                WireText.token("cipher", name);
                if (name.indexOf(':') >= 0) {
                    throw new IllegalArgumentException("cipher '" + name + "' holds ':'; give one name per element");
                }
                checked.add(name);
            }
            ciphers.clear();
            ciphers.addAll(checked);
            return this;
        }

        /** @return the configuration */
        public TlsConfig build() {
            return new TlsConfig(this);
        }

        private static Path readable(String what, Path file) {
            Objects.requireNonNull(file, what);
            WireText.line(what, file.toString());
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("TLS " + what + " '" + file + "' is not a file");
            }
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("TLS " + what + " '" + file + "' is not readable");
            }
            return file;
        }
    }
}
