package org.pjsua4j.peers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * pjproject's own pjsua app, built by our CMake build from the same source, as an independent peer:
 * headless on 127.0.0.1 with a null audio device, answering every call with 200. Some tests run
 * pjsua4j's CLI the same way ({@link Program#CLI}), to show the twin behaves as the app. Tests read its log
 * (pjsua_app.c's "Call N state changed to ..." lines and the media dump pjsua logs when a call ends).
 * Always quit by {@link #close()}.
 */
public final class PjsuaApp implements AutoCloseable {
    /** What runs as the app: pjproject's own, or pjsua4j's CLI, its twin on the facade, in a child JVM. */
    public enum Program {
        NATIVE, CLI
    }

    /** The directory holding the app, {@code pjsip-apps/bin} of the pjproject build; set in pom.xml. */
    public static final String BIN_DIR_PROPERTY = "pjsua4j.pjsuaAppDir";
    /** What pjlib's strerror says of EADDRINUSE, in the log the start's exception carries. */
    private static final String PORT_TAKEN = "Address already in use";
    private static final int PORT_ATTEMPTS = 3;
    private static final Pattern RX_TOTAL = Pattern.compile("RX pt=\\d+,[^\\n]*\\n\\s*total (\\d+)pkt");

    private final PeerProcess peer;
    private final String host;
    private final int port;

    private PjsuaApp(PeerProcess peer, String host, int port) {
        this.peer = peer;
        this.host = host;
        this.port = port;
    }

    /** Starts the app; it answers calls. */
    public static PjsuaApp answering() throws IOException {
        return startOnFreePort(Program.NATIVE, List.of("--no-tcp"));
    }

    /** Starts the app, which calls {@code uri} at once. */
    public static PjsuaApp calling(String uri) throws IOException {
        return startOnFreePort(Program.NATIVE, List.of("--no-tcp", uri));
    }

    /**
     * Starts the app, which subscribes to the presence of {@code buddyUri} at once
     * and logs each change ("URI status is TEXT, subscription state is STATE ..."); it accepts
     * subscriptions to its own presence, online.
     */
    public static PjsuaApp watching(String buddyUri) throws IOException {
        PjsuaApp app = startOnFreePort(Program.NATIVE, List.of("--no-tcp", "--add-buddy=" + buddyUri));
        try {
            // --add-buddy only lists the buddy; the menu's "s", buddy "-1" (all), subscribes.
            app.console().write("s\n-1\n".getBytes(StandardCharsets.US_ASCII));
            app.console().flush();
        } catch (IOException e) {
            app.close();
            throw e;
        }
        return app;
    }

    /**
     * Starts the app on {@code host:port} with SIP over UDP and TCP (the same port); it answers calls.
     * For a network namespace of the test's own, where any loopback address and port is free.
     *
     * @param host an address of 127.0.0.0/8 to bind to and advertise
     * @param port the SIP port
     * @param options further pjsua options, e.g. {@code --max-calls=32}
     */
    public static PjsuaApp answeringOverUdpAndTcp(String host, int port, List<String> options) throws IOException {
        return start(host, port, options);
    }

    /**
     * Starts the app with SIP over UDP on a free port and over TLS on the next one ({@link #tlsPort()}),
     * presenting {@code cert}; it answers calls.
     *
     * @param cert PEM certificate the app's TLS listener presents
     * @param key its PEM private key (without a password)
     * @param options further pjsua options, e.g. {@code --use-srtp=2}
     */
    public static PjsuaApp answeringOverTls(Path cert, Path key, List<String> options) throws IOException {
        return answeringOverTls(Program.NATIVE, cert, key, options);
    }

    /** As {@link #answeringOverTls(Path, Path, List)}, run by {@code program}. */
    public static PjsuaApp answeringOverTls(Program program, Path cert, Path key, List<String> options)
            throws IOException {
        List<String> all = new ArrayList<>(List.of("--no-tcp", "--use-tls", "--tls-cert-file=" + cert,
                "--tls-privkey-file=" + key));
        all.addAll(options);
        return startOnFreePort(program, all);
    }

    /**
     * On 127.0.0.1 at a port free a moment ago. Another process may bind it first (the kernel hands
     * the same range to sockets bound to port 0), and the app then exits at its bind: it gets another.
     */
    private static PjsuaApp startOnFreePort(Program program, List<String> extra) throws IOException {
        for (int attempt = 1;; attempt++) {
            try {
                return start(program, "127.0.0.1", Kamailio.freePort(), extra);
            } catch (IOException e) {
                if (attempt == PORT_ATTEMPTS || !String.valueOf(e.getMessage()).contains(PORT_TAKEN)) {
                    throw e;
                }
            }
        }
    }

    private static PjsuaApp start(String host, int port, List<String> extra) throws IOException {
        return start(Program.NATIVE, host, port, extra);
    }

    private static PjsuaApp start(Program program, String host, int port, List<String> extra) throws IOException {
        Path dir = Files.createTempDirectory("pjsua4j-pjsua-app");
        List<String> cmd = new ArrayList<>(program == Program.NATIVE ? List.of(binary().toString())
                : JvmCommand.of(List.of(), org.pjsua4j.cli.Main.class, List.of()));
        cmd.addAll(List.of("--null-audio", "--ip-addr=" + host,
                "--bound-addr=" + host, "--local-port=" + port, "--auto-answer=200",
                // The null device captures silence, which voice activity detection would not send.
                "--no-vad", "--log-file=" + dir.resolve("pjsua.log"), "--log-level=4", "--app-log-level=0",
                "--no-color"));
        cmd.addAll(extra);
        // Standard input stays an open pipe: the app's menu quits at the end of its input.
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("pjsua.out").toFile()).start();
        PjsuaApp app = new PjsuaApp(new PeerProcess(dir, p), host, port);
        try {
            app.peer.awaitUdpBound(host, port);
            // The CLI's JVM binds UDP first and adds TLS and the accounts after: its menu prompt says
            // all is up (the native app does all of it within a millisecond of the bind).
            if (program == Program.CLI && !app.awaitLog(">>>", Duration.ofSeconds(20))) {
                throw new IOException("the CLI showed no menu prompt within 20 s: " + app.log());
            }
        } catch (IOException | RuntimeException e) {
            app.close();
            throw e;
        } catch (InterruptedException e) {
            app.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the CLI started", e);
        }
        return app;
    }

    /**
     * @return the app's binary, found in the directory {@value #BIN_DIR_PROPERTY} names (its
     *         tests/pjsua suite is two levels up)
     */
    public static Path binary() throws IOException {
        String dir = System.getProperty(BIN_DIR_PROPERTY);
        if (dir == null) {
            throw new IllegalStateException("system property " + BIN_DIR_PROPERTY
                    + " (set by pom.xml) must name the directory of pjproject's pjsua app");
        }
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.filter(f -> f.getFileName().toString().startsWith("pjsua-")).findFirst()
                    .orElseThrow(() -> new IOException("no pjsua-* app in " + dir));
        }
    }

    /** @return its SIP port */
    public int port() {
        return port;
    }

    /** @return host:port, where it takes SIP over UDP (and TCP if started so) */
    public String hostPort() {
        return host + ":" + port;
    }

    /** @return the port of its TLS listener, when started with one: pjsua's is the SIP port + 1 */
    public int tlsPort() {
        return port + 1;
    }

    /** @return a SIP URI of {@code user} at the app's TLS listener */
    public String tlsUri(String user) {
        return "sip:" + user + "@" + host + ":" + tlsPort() + ";transport=tls";
    }

    /** @return a SIP URI of {@code user} at the app, which takes calls for any user */
    public String uri(String user) {
        return "sip:" + user + "@" + hostPort();
    }

    /**
     * @return whether its log or its console had a line containing {@code text} within {@code timeout}
     *         (the native app logs its event lines, the CLI prints them)
     */
    public boolean awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (String name : List.of("pjsua.log", "pjsua.out")) {
                Path file = peer.dir().resolve(name);
                if (Files.exists(file) && Files.readString(file, StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** @return RTP packets the app received in its last ended call, from pjsua's media dump; -1 if none */
    public long rxPacketsOfLastCall() throws IOException {
        Matcher m = RX_TOTAL.matcher(Files.readString(peer.dir().resolve("pjsua.log"), StandardCharsets.ISO_8859_1));
        long packets = -1;
        while (m.find()) {
            packets = Long.parseLong(m.group(1));
        }
        return packets;
    }

    /**
     * Kills the app at once (SIGKILL), as a crash or a pulled cable would: it sends nothing more, no
     * BYE and no RTP.
     *
     * @return whether the process is gone
     */
    public boolean kill() throws InterruptedException {
        return peer.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** @return whether the app's process still runs (false after a crash) */
    public boolean isRunning() {
        return peer.process().isAlive();
    }

    /** @return its log and console output, for assertion messages */
    public String log() {
        return peer.logs();
    }

    /**
     * Quits through the menu and returns the whole log once the app has exited. The log file is
     * written through stdio (pjlib's file_io_ansi), so {@link #awaitLog} sees lines only in blocks of
     * its buffer; after the exit every line is there. {@link #close()} still removes the app's files.
     *
     * @return the log, or what was written of it if the app did not exit within 5 s
     */
    public String quitAndReadLog() throws IOException, InterruptedException {
        quit();
        return Files.readString(peer.dir().resolve("pjsua.log"), StandardCharsets.ISO_8859_1);
    }

    /** Its standard input, the pjsua menu. */
    private OutputStream console() {
        return peer.process().getOutputStream();
    }

    private void quit() throws InterruptedException {
        try {
            console().write("q\n".getBytes(StandardCharsets.US_ASCII));
            console().flush();
            peer.process().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException alreadyGone) {
            // the pipe closed with the process
        }
    }

    /** Quits through the menu (the app hangs up its calls), then makes sure the process is gone. */
    @Override
    public void close() throws IOException {
        try {
            quit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            peer.stop();
        }
    }
}
