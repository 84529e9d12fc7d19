package org.pjsua4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Certificates for TLS tests, made with the openssl CLI into a temporary directory once per test
 * class: a CA and a server certificate it signed for 127.0.0.1 (key protected by {@link #PASSWORD}),
 * and a rogue CA with a certificate for the same address that the first CA did not sign.
 */
final class TlsFiles implements AutoCloseable {
    static final String PASSWORD = "s3cret-key-pass";

    final Path dir;
    final Path ca;
    final Path cert;
    final Path key;
    final Path rogueCert;
    final Path rogueKey;

    private TlsFiles(Path dir) {
        this.dir = dir;
        this.ca = dir.resolve("ca.pem");
        this.cert = dir.resolve("server.pem");
        this.key = dir.resolve("server.key");
        this.rogueCert = dir.resolve("rogue.pem");
        this.rogueKey = dir.resolve("rogue.key");
    }

    static TlsFiles create() throws IOException, InterruptedException {
        TlsFiles f = new TlsFiles(Files.createTempDirectory("pjsua4j-tls"));
        Path ext = f.dir.resolve("san.ext");
        Files.writeString(ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        f.ca("ca", "pjsua4j test CA");
        f.ca("rogue-ca", "pjsua4j rogue CA");
        f.signed("server", "ca", List.of("-passout", "pass:" + PASSWORD), ext);
        f.signed("rogue", "rogue-ca", List.of("-nodes"), ext);
        return f;
    }

    private void ca(String name, String subject) throws IOException, InterruptedException {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                name + ".key", "-out", name + ".pem", "-days", "2", "-subj", "/CN=" + subject);
    }

    /** The server key is the one encrypted with PASSWORD; the rogue one is plain. */
    private void signed(String name, String ca, List<String> keyProtection, Path ext)
            throws IOException, InterruptedException {
        List<String> req = new ArrayList<>(List.of("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=127.0.0.1/O=pjsua4j " + name));
        req.addAll(keyProtection);
        openssl(req.toArray(String[]::new));
        openssl("x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key", "-CAcreateserial",
                "-out", name + ".pem", "-days", "2", "-extfile", ext.toString());
    }

    /** @return the server key without its password, for peers that take none (Kamailio's tls.cfg) */
    Path plainKey() throws IOException, InterruptedException {
        Path plain = dir.resolve("server-plain.key");
        if (!Files.exists(plain)) {
            openssl("pkey", "-in", key.toString(), "-passin", "pass:" + PASSWORD, "-out", plain.toString());
        }
        return plain;
    }

    /**
     * A JDK TLS client's context that trusts our CA and, if asked, presents the server certificate
     * (our CA signed it, so a server that verifies clients accepts it).
     */
    SSLContext client(boolean withCertificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (var in = Files.newInputStream(ca)) {
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyManager[] keys = null;
        if (withCertificate) {
            Path p12 = dir.resolve("client.p12");
            if (!Files.exists(p12)) {
                openssl("pkcs12", "-export", "-in", cert.toString(), "-inkey", key.toString(), "-passin",
                        "pass:" + PASSWORD, "-passout", "pass:" + PASSWORD, "-out", p12.toString());
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(p12)) {
                store.load(in, PASSWORD.toCharArray());
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, PASSWORD.toCharArray());
            keys = kmf.getKeyManagers();
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, tmf.getTrustManagers(), null);
        return context;
    }

    @Override
    public void close() throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void openssl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("openssl");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("openssl " + String.join(" ", args) + " failed: " + out);
        }
    }
}
