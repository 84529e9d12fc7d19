package org.pjsua4j.peers;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real SIPp (Debian package {@code sip-tester}) running one scenario from
 * {@code src/test/resources/sipp/} as a UDP server on 127.0.0.1. The scenario's exit
 * status says whether every step, including its regexp checks, happened. Always killed by
 * {@link #close()}.
 */
public final class Sipp implements AutoCloseable {
    private final PeerProcess peer;
    private final int port;

    private Sipp(PeerProcess peer, int port) {
        this.peer = peer;
        this.port = port;
    }

    /**
     * Starts SIPp as the server side of a scenario.
     *
     * @param scenario file name under {@code /sipp/} on the test classpath
     * @param calls how many calls (distinct Call-IDs) it serves before it exits
     * @param timeout after this SIPp gives up and fails
     */
    public static Sipp server(String scenario, int calls, Duration timeout) throws IOException {
        Path dir = Files.createTempDirectory("pjsua4j-sipp");
        Path file = dir.resolve(scenario);
        try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenario)) {
            if (in == null) {
                throw new IOException("no scenario /sipp/" + scenario + " on the test classpath");
            }
            Files.write(file, in.readAllBytes());
        }
        int port = Kamailio.freePort();
        List<String> cmd = new ArrayList<>(List.of("sipp", "-sf", file.toString(), "-i", "127.0.0.1", "-p",
                Integer.toString(port), "-m", Integer.toString(calls), "-nostdin", "-trace_msg", "-trace_err",
                "-timeout", timeout.toSeconds() + "s", "-timeout_error"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sipp.out").toFile()).start();
        Sipp sipp = new Sipp(new PeerProcess(dir, p), port);
        try {
            sipp.awaitListening();
        } catch (IOException | RuntimeException e) {
            sipp.close();
            throw e;
        }
        return sipp;
    }

    /** @return the UDP port it listens on at 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return 127.0.0.1:port */
    public String hostPort() {
        return "127.0.0.1:" + port;
    }

    /**
     * Waits for the scenario to end.
     *
     * @return SIPp's exit status: 0 when the call went through every step of the scenario
     */
    public int await(Duration timeout) throws InterruptedException {
        if (!peer.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return -1;
        }
        return peer.process().exitValue();
    }

    /** @return SIPp's output, error log and message trace, for assertion messages */
    public String log() {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(peer.dir())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".log") || f.toString().endsWith(".out")).toList()) {
                sb.append("==> ").append(f.getFileName()).append('\n')
                        .append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            sb.append("(logs unreadable: ").append(e).append(')');
        }
        return sb.toString();
    }

    /** SIPp binds its port right after start; until then the port is still free to bind here. */
    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        while (System.nanoTime() < deadline) {
            if (!peer.process().isAlive()) {
                throw new IOException("sipp exited: " + log());
            }
            try (DatagramSocket probe = new DatagramSocket(null)) {
                probe.bind(new InetSocketAddress(lo, port));
            } catch (BindException listening) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for sipp", e);
            }
        }
        throw new IOException("sipp did not bind 127.0.0.1:" + port + ": " + log());
    }

    @Override
    public void close() throws IOException {
        peer.stop();
    }
}
