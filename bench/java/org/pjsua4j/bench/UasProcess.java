package org.pjsua4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pjsua4j.peers.JvmCommand;
import org.pjsua4j.peers.Kamailio;
import org.pjsua4j.peers.PeerProcess;
import org.pjsua4j.peers.PjsuaApp;

/**
 * One auto-answering UAS under load, in a process of its own pinned to one CPU: the native pjsua app,
 * {@link FacadeUas} or {@link RawUas}. What ProcessRun reads of it comes from /proc: CPU time
 * (utime + stime of every thread, ended ones included), resident memory and the thread count.
 */
final class UasProcess implements AutoCloseable {
    /** Calls at once a UAS takes: the build's PJSUA_MAX_CALLS. */
    static final int MAX_CALLS = 512;
    /** The user SIPp calls. */
    static final String USER = "uas";
    /** /proc's CPU times are in clock ticks, 100 a second on Linux (USER_HZ). */
    private static final double TICK_MS = 10;
    /** What a Java UAS prints when it takes calls: its port is bound before its account exists. */
    private static final String READY = "pjsua4j-uas ready";
    private static final long READY_MS = 20_000;

    /** The UASes compared, in table order. */
    enum Kind {
        NATIVE, FACADE, FACADE_AUTO_ANSWER, RAW;

        String label() {
            return this == FACADE_AUTO_ANSWER ? "facade, autoAnswer" : name().toLowerCase();
        }
    }

    private final Kind kind;
    private final PeerProcess peer;
    private final int port;

    private UasProcess(Kind kind, PeerProcess peer, int port) {
        this.kind = kind;
        this.peer = peer;
        this.port = port;
    }

    /**
     * Starts a UAS on 127.0.0.1 and waits until it listens.
     *
     * @param cpu the CPU it runs on (taskset), or -1 for any
     * @param env extra environment, e.g. MALLOC_ARENA_MAX
     */
    static UasProcess start(Kind kind, int cpu, Map<String, String> env) throws IOException {
        int port = Kamailio.freePort();
        Path dir = Files.createTempDirectory("pjsua4j-uas-" + kind.name().toLowerCase());
        List<String> cmd = new ArrayList<>();
        if (cpu >= 0) {
            cmd.addAll(List.of("taskset", "-c", Integer.toString(cpu)));
        }
        cmd.addAll(switch (kind) {
            case NATIVE -> List.of(PjsuaApp.binary().toAbsolutePath().toString(), "--null-audio", "--ip-addr=127.0.0.1",
                    "--bound-addr=127.0.0.1", "--no-tcp", "--local-port=" + port, "--auto-answer=200", "--no-vad",
                    "--max-calls=" + MAX_CALLS, "--log-level=3", "--app-log-level=3", "--no-color");
            case FACADE -> JvmCommand.of(List.of(), FacadeUas.class, List.of(Integer.toString(port)));
            case FACADE_AUTO_ANSWER -> JvmCommand.of(List.of(), FacadeUas.class,
                    List.of(Integer.toString(port), FacadeUas.AUTO_ANSWER));
            case RAW -> JvmCommand.of(List.of(), RawUas.class, List.of(Integer.toString(port)));
        });
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("uas.out").toFile());
        pb.environment().putAll(env);
        UasProcess uas = new UasProcess(kind, new PeerProcess(dir, pb.start()), port);
        try {
            uas.peer.awaitUdpBound(port);
            if (kind != Kind.NATIVE) {
                uas.awaitReady(dir.resolve("uas.out"));
            }
        } catch (IOException | RuntimeException e) {
            uas.close();
            throw e;
        }
        return uas;
    }

    /**
     * For the Java UASes' main, once its account is there: says so, then serves until standard input
     * ends or says q, as pjsua's menu does.
     */
    static void serveUntilStdinEnds() throws IOException {
        System.out.println(READY);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        String line;
        do {
            line = in.readLine();
        } while (line != null && !line.trim().equals("q"));
    }

    private void awaitReady(Path out) throws IOException {
        long deadline = System.nanoTime() + READY_MS * 1_000_000;
        while (!Files.readString(out, StandardCharsets.ISO_8859_1).contains(READY)) {
            if (!isRunning() || System.nanoTime() > deadline) {
                throw new IOException(kind.label() + " UAS not ready: " + log());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the UAS", e);
            }
        }
    }

    Kind kind() {
        return kind;
    }

    /** @return 127.0.0.1:port, where it takes SIP over UDP */
    String hostPort() {
        return "127.0.0.1:" + port;
    }

    /** @return CPU time it has used so far, all threads, in ms (10 ms resolution) */
    double cpuMs() throws IOException {
        String stat = Files.readString(proc("stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
    }

    /** @return resident set size in KB */
    long rssKb() throws IOException {
        return statusField("VmRSS:");
    }

    /** @return its number of threads */
    long threads() throws IOException {
        return statusField("Threads:");
    }

    boolean isRunning() {
        return peer.process().isAlive();
    }

    /** @return its output, for failure messages */
    String log() {
        return peer.logs();
    }

    private long statusField(String name) throws IOException {
        for (String line : Files.readAllLines(proc("status"))) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
            }
        }
        throw new IOException("no " + name + " in " + proc("status"));
    }

    private Path proc(String file) {
        return Path.of("/proc", Long.toString(peer.process().pid()), file);
    }

    /** Quits through standard input (each UAS closes pjsua), then makes sure the process is gone. */
    @Override
    public void close() throws IOException {
        peer.quit("q", 10);
    }
}
