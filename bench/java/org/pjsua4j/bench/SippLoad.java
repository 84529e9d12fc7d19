package org.pjsua4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.pjsua4j.peers.Kamailio;
import org.pjsua4j.peers.PeerProcess;

/**
 * SIPp's built-in {@code uac} scenario (INVITE with PCMU SDP, ACK, hold, BYE) against a UAS on
 * 127.0.0.1, echoing every RTP packet it gets ({@code -rtp_echo}), so a held call carries audio both
 * ways. Its statistics file gives the outcome.
 */
final class SippLoad {
    /** SIPp's CSV statistics: counted at the end of the run. */
    record Outcome(int exit, long successful, long failed, long retransmissions, String errors) {
        /** Every call succeeded, with retransmissions for at most 1 % of them: the UAS kept up. */
        boolean clean() {
            return exit == 0 && failed == 0 && retransmissions * 100 <= successful;
        }
    }

    private static final int ERRORS_SHOWN = 400;
    private final PeerProcess peer;
    private final Path stats;
    private final long calls;
    private final double rate;
    private final long holdMs;

    private SippLoad(PeerProcess peer, Path stats, long calls, double rate, long holdMs) {
        this.peer = peer;
        this.stats = stats;
        this.calls = calls;
        this.rate = rate;
        this.holdMs = holdMs;
    }

    /**
     * Starts placing calls.
     *
     * @param cpu the CPU SIPp runs on (taskset), or -1 for any
     */
    static SippLoad start(String target, long calls, double rate, long holdMs, int cpu) throws IOException {
        Path dir = Files.createTempDirectory("pjsua4j-sipp-load");
        Path stats = dir.resolve("stats.csv");
        List<String> cmd = new ArrayList<>();
        if (cpu >= 0) {
            cmd.addAll(List.of("taskset", "-c", Integer.toString(cpu)));
        }
        cmd.addAll(List.of("sipp", "-sn", "uac", target, "-s", UasProcess.USER, "-i", "127.0.0.1",
                "-p", Integer.toString(Kamailio.freePort()), "-mp", Integer.toString(Kamailio.freePort()),
                "-m", Long.toString(calls), "-r", String.valueOf(rate), "-d", Long.toString(holdMs),
                "-l", Integer.toString(UasProcess.MAX_CALLS - 12), "-rtp_echo", "-nostdin", "-trace_stat",
                "-stf", stats.toString(), "-trace_err", "-timeout", timeoutSeconds(calls, rate, holdMs) + "s",
                "-timeout_error"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sipp.out").toFile()).start();
        return new SippLoad(new PeerProcess(dir, p), stats, calls, rate, holdMs);
    }

    /** The run's length plus room for a loaded machine; after this SIPp gives up and fails. */
    private static long timeoutSeconds(long calls, double rate, long holdMs) {
        return (long) (1.5 * calls / rate) + holdMs / 1000 + 60;
    }

    /** Waits for the run to end and reads its statistics. */
    Outcome await() throws IOException, InterruptedException {
        try {
            if (!peer.process().waitFor(timeoutSeconds(calls, rate, holdMs) + 30, TimeUnit.SECONDS)) {
                throw new IOException("SIPp did not end: " + peer.logs());
            }
            int exit = peer.process().exitValue();
            if (!Files.exists(stats)) {
                throw new IOException("SIPp wrote no statistics (exit " + exit + "): " + peer.logs());
            }
            List<String> lines = Files.readAllLines(stats);
            List<String> header = Arrays.asList(lines.get(0).split(";"));
            String[] last = lines.get(lines.size() - 1).split(";");
            return new Outcome(exit, column(header, last, "SuccessfulCall(C)"), column(header, last, "FailedCall(C)"),
                    column(header, last, "Retransmissions(C)"), firstErrors());
        } finally {
            peer.stop();
        }
    }

    /** The start of SIPp's error log, which says what went wrong first; empty if none. */
    private String firstErrors() throws IOException {
        try (Stream<Path> files = Files.list(stats.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith("_errors.log")).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                return text.substring(0, Math.min(ERRORS_SHOWN, text.length())).replace('\n', ' ').replace('\r', ' ');
            }
        }
        return "";
    }

    private static long column(List<String> header, String[] row, String name) throws IOException {
        int i = header.indexOf(name);
        if (i < 0 || i >= row.length) {
            throw new IOException("SIPp statistics have no " + name + " column");
        }
        return Long.parseLong(row[i].trim());
    }
}
