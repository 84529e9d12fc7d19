package org.pjsua4j.peers;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Kamailio on 127.0.0.1 for one test class: a registrar/proxy (digest users from the map,
 * registrations in memory) or a presence server. Started on a free port and always torn down by {@link #close()}.
 */
public final class Kamailio implements AutoCloseable {
    private static final String MODULES = "/usr/lib/x86_64-linux-gnu/kamailio/modules/";
    /** Debian's empty db_text tables, with the version table the modules check at start. */
    private static final Path DB_TEXT_TEMPLATES = Path.of("/usr/share/kamailio/dbtext/kamailio");

    private final PeerProcess peer;
    private final int port;
    private final int tlsPort;

    private Kamailio(PeerProcess peer, int port, int tlsPort) {
        this.peer = peer;
        this.port = port;
        this.tlsPort = tlsPort;
    }

    /**
     * @param users user name to password
     * @param minExpires shortest registration the registrar accepts (shorter gets 423)
     * @param maxExpires longest it grants (longer requests get this)
     */
    public static Kamailio start(Map<String, String> users, int minExpires, int maxExpires) throws IOException {
        return start(users, minExpires, maxExpires, null, null);
    }

    /**
     * As {@link #start}, with a TLS listener on {@link #tlsPort()} too (Debian's kamailio-tls-modules)
     * that presents {@code certificate} and asks clients for none.
     *
     * @param certificate PEM certificate for 127.0.0.1
     * @param privateKey its PEM private key, without a password
     */
    public static Kamailio startWithTls(Map<String, String> users, int minExpires, int maxExpires, Path certificate,
            Path privateKey) throws IOException {
        return start(users, minExpires, maxExpires, certificate, privateKey);
    }

    private static Kamailio start(Map<String, String> users, int minExpires, int maxExpires, Path certificate,
            Path privateKey) throws IOException {
        Path dir = Files.createTempDirectory("pjsua4j-kamailio");
        int port = freePort();
        int tlsPort = certificate == null ? 0 : freePort();
        String tls = "";
        if (certificate != null) {
            Path tlsCfg = dir.resolve("tls.cfg");
            Files.writeString(tlsCfg, "[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\n"
                    + "require_certificate = no\nprivate_key = " + privateKey + "\ncertificate = " + certificate
                    + "\n\n[client:default]\nmethod = TLSv1.2+\nverify_certificate = no\nrequire_certificate = no\n");
            tls = "enable_tls=yes\nlisten=tls:127.0.0.1:" + tlsPort + "\nalias=\"127.0.0.1:" + tlsPort + "\"\n"
                    + "loadmodule \"tls.so\"\n"
                    + "modparam(\"tls\", \"config\", \"" + tlsCfg + "\")\n";
        }
        String template;
        try (InputStream in = Kamailio.class.getResourceAsStream("/kamailio/kamailio.cfg")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String userLines = users.entrySet().stream()
                .map(e -> "    $sht(users=>" + e.getKey() + ") = \"" + e.getValue() + "\";")
                .collect(Collectors.joining("\n"));
        String cfg = template.replace("@PORT@", Integer.toString(port)).replace("@MODULES@", MODULES)
                .replace("@DIR@", dir.toString()).replace("@MIN_EXPIRES@", Integer.toString(minExpires))
                .replace("@MAX_EXPIRES@", Integer.toString(maxExpires)).replace("@USERS@", userLines)
                .replace("@TLS@", tls);
        return launch(dir, port, tlsPort, cfg);
    }

    /**
     * A presence server (modules presence and presence_xml, package kamailio-presence-modules): it
     * keeps what its users PUBLISH and NOTIFYs every SUBSCRIBE for it, authorising every watcher.
     * No digest authentication, no registrar.
     */
    public static Kamailio presenceServer() throws IOException {
        Path dir = Files.createTempDirectory("pjsua4j-kamailio");
        int port = freePort();
        Path db = Files.createDirectory(dir.resolve("db"));
        for (String table : List.of("version", "presentity", "active_watchers", "watchers", "xcap")) {
            Files.copy(DB_TEXT_TEMPLATES.resolve(table), db.resolve(table));
        }
        String template;
        try (InputStream in = Kamailio.class.getResourceAsStream("/kamailio/presence.cfg")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return launch(dir, port, 0, template.replace("@PORT@", Integer.toString(port)).replace("@MODULES@", MODULES)
                .replace("@DIR@", dir.toString()));
    }

    private static Kamailio launch(Path dir, int port, int tlsPort, String cfg) throws IOException {
        Path cfgFile = dir.resolve("kamailio.cfg");
        Files.writeString(cfgFile, cfg);
        Process p = new ProcessBuilder(List.of("kamailio", "-f", cfgFile.toString(), "-DD", "-E", "-w", dir.toString(),
                "-Y", dir.toString(), "-P", dir.resolve("kamailio.pid").toString(), "-m", "64", "-M", "8"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("kamailio.log").toFile()).start();
        Kamailio k = new Kamailio(new PeerProcess(dir, p), port, tlsPort);
        try {
            k.awaitReady();
        } catch (IOException | RuntimeException e) {
            k.close();
            throw e;
        }
        return k;
    }

    /** @return the UDP/TCP port it listens on at 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return the port of its TLS listener at 127.0.0.1 ({@link #startWithTls} only) */
    public int tlsPort() {
        return tlsPort;
    }

    /** @return host:port, the SIP domain of its users */
    public String domain() {
        return "127.0.0.1:" + port;
    }

    /** @return the contacts registered for {@code user}, as kamcmd's ul.dump lists them */
    public List<String> contacts(String user) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("kamcmd", "-s", "unix:" + peer.dir().resolve("kamailio_ctl"), "ul.dump"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        // ul.dump prints each AoR, then its contacts; keep the Address lines under this user's AoR.
        boolean inUser = false;
        List<String> contacts = new java.util.ArrayList<>();
        for (String line : out.split("\n")) {
            String t = line.trim();
            if (t.startsWith("AoR:")) {
                inUser = t.substring(4).trim().startsWith(user + "@") || t.substring(4).trim().equals(user);
            } else if (inUser && t.startsWith("Address:")) {
                contacts.add(t.substring(8).trim());
            }
        }
        return contacts;
    }

    private void awaitReady() throws IOException {
        byte[] options = ("OPTIONS sip:127.0.0.1:" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-probe\r\n"
                + "From: <sip:probe@127.0.0.1>;tag=probe\r\nTo: <sip:127.0.0.1:" + port + ">\r\n"
                + "Call-ID: probe@127.0.0.1\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 5\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            byte[] probe = new String(options, StandardCharsets.US_ASCII).replace("%d",
                    Integer.toString(s.getLocalPort())).getBytes(StandardCharsets.US_ASCII);
            s.setSoTimeout(200);
            while (System.nanoTime() < deadline) {
                if (!peer.process().isAlive()) {
                    throw new IOException("kamailio exited: " + log());
                }
                s.send(new DatagramPacket(probe, probe.length, InetAddress.getByName("127.0.0.1"), port));
                try {
                    s.receive(new DatagramPacket(new byte[2048], 2048));
                    return;
                } catch (SocketTimeoutException e) {
                    // not listening yet
                }
            }
        }
        throw new IOException("kamailio did not answer on 127.0.0.1:" + port + " within 15 s: " + log());
    }

    /** @return what kamailio logged */
    public String log() throws IOException {
        return Files.readString(peer.dir().resolve("kamailio.log"));
    }

    @Override
    public void close() throws IOException {
        peer.stop();
    }

    /** A port free for both UDP and TCP on 127.0.0.1. */
    public static int freePort() throws IOException {
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        for (int i = 0; i < 50; i++) {
            try (DatagramSocket udp = new DatagramSocket(0, lo)) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, lo)) {
                    return port;
                } catch (IOException taken) {
                    // TCP side busy: try another
                }
            }
        }
        throw new IOException("no port free for both UDP and TCP on 127.0.0.1");
    }
}
