package org.pjsua4j.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * RFC 4475's torture messages against a facade user agent and the native pjsua app, over UDP and TCP,
 * each transport in a child JVM ({@link TortureRun}) in a network namespace of its own, both at once.
 * A crash fails the test instead of ending the run. The facade must survive every message and answer
 * the probe after it, and answer in the native app's status class unless {@link AcceptedDifferences}
 * says why not. The table goes to target/rfc4475-table.txt.
 */
class Rfc4475Test {
    private static final Path DIR = Path.of("target", "rfc4475");
    private static final long RUN_SECONDS = 300;

    /** A child run for one transport and where its output goes. */
    private record Run(String transport, Process process, Path out, Path err) {
        static Run start(String transport) throws IOException {
            Path out = DIR.resolve(transport + ".out");
            Path err = DIR.resolve(transport + ".err");
            return new Run(transport, NamespacedJvm.start(TortureRun.class, List.of(transport), out, err), out, err);
        }

        /** @return its rows, after asserting that it ended normally within the time allowed */
        List<TortureRow> rows(long deadline) throws IOException, InterruptedException {
            boolean ended = process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String err = Files.readString(this.err, StandardCharsets.UTF_8);
            String diagnosis = transport + " child output:\n" + stdout + "\nerrors (tail):\n"
                    + err.substring(Math.max(0, err.length() - 4000));
            assertTrue(ended, "the " + transport + " run ended within " + RUN_SECONDS + " s; " + diagnosis);
            assertEquals(0, process.exitValue(), "the " + transport + " child JVM exited normally (no crash); " + diagnosis);
            assertTrue(stdout.contains("END\ttrue"), "both user agents still up at the end; " + diagnosis);
            List<TortureRow> rows = stdout.lines().map(TortureRow::parse).filter(Objects::nonNull).toList();
            assertEquals(TortureMessages.all().size(), rows.size(), "a row per message; " + diagnosis);
            return rows;
        }
    }

    @Test
    void facadeSurvivesEveryTortureMessageAndAnswersAsNativePjsua() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS);
        Run udp = Run.start("UDP");
        Run tcp = Run.start("TCP");
        List<TortureRow> rows = new ArrayList<>(udp.rows(deadline));
        rows.addAll(tcp.rows(deadline));

        String table = Rfc4475Table.render(rows);
        Files.writeString(Path.of("target", "rfc4475-table.txt"), table);
        System.out.println(table);

        List<String> problems = new ArrayList<>();
        for (TortureRow r : rows) {
            if (!r.facadeAlive()) {
                problems.add(r.message() + "/" + r.transport() + ": the facade did not answer the probe after it");
            }
            if (Rfc4475Table.verdict(r).startsWith("DIFFERENT")) {
                problems.add(r.message() + "/" + r.transport() + ": facade " + r.facade() + " vs native " + r.nativeApp()
                        + ", not in AcceptedDifferences");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + table);
    }
}
