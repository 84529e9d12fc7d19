package org.pjsua4j.peers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SIPp (Debian package {@code sip-tester}) running one scenario from
 * {@code src/test/resources/sipp/} over UDP on 127.0.0.1, as server or client. The scenario's exit
 * status says whether every step, including its regexp checks, happened. SIPp echoes any RTP that
 * reaches its media port, so audio sent to the address in its SDP comes back. Always killed by
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
     * Starts SIPp as the server side of a scenario and waits until it listens.
     *
     * @param scenario file name under {@code /sipp/} on the test classpath
     * @param calls how many calls (distinct Call-IDs) it serves before it exits
     * @param timeout after this SIPp gives up and fails
     */
    public static Sipp server(String scenario, int calls, Duration timeout) throws IOException {
        Sipp sipp = start(scenario, List.of(), calls, timeout);
        try {
            sipp.peer.awaitUdpBound(sipp.port);
        } catch (IOException | RuntimeException e) {
            sipp.close();
            throw e;
        }
        return sipp;
    }

    /**
     * Starts SIPp as the client side of a scenario: it places its calls at once.
     *
     * @param scenario file name under {@code /sipp/} on the test classpath
     * @param user the scenario's {@code [service]}, the user part of the URI it calls
     * @param target host:port the calls go to
     * @param calls how many calls it places before it exits
     * @param timeout after this SIPp gives up and fails
     */
    public static Sipp client(String scenario, String user, String target, int calls, Duration timeout)
            throws IOException {
        return start(scenario, List.of(target, "-s", user), calls, timeout);
    }

    private static Sipp start(String scenario, List<String> modeArgs, int calls, Duration timeout)
            throws IOException {
        Path dir = Files.createTempDirectory("pjsua4j-sipp");
        Path file = dir.resolve(scenario);
        try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenario)) {
            if (in == null) {
                throw new IOException("no scenario /sipp/" + scenario + " on the test classpath");
            }
            Files.write(file, in.readAllBytes());
        }
        int port = Kamailio.freePort();
        List<String> cmd = new ArrayList<>(List.of("sipp", "-sf", file.toString()));
        cmd.addAll(modeArgs);
        cmd.addAll(List.of("-i", "127.0.0.1", "-p", Integer.toString(port), "-m", Integer.toString(calls),
                "-rtp_echo", "-nostdin", "-trace_msg", "-trace_err", "-timeout", timeout.toSeconds() + "s",
                "-timeout_error"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sipp.out").toFile()).start();
        return new Sipp(new PeerProcess(dir, p), port);
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
        return peer.logs();
    }

    @Override
    public void close() throws IOException {
        peer.stop();
    }
}
