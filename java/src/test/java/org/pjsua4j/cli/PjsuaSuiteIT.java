package org.pjsua4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.PjsuaApp;

/**
 * pjproject's own tests/pjsua suite (run.py -e EXE) against the native pjsua app and against the
 * CLI, each test alone in a network namespace with only lo (some scripts put other addresses into
 * their messages), from copies of the downloaded suite. Prints the table; fails if a test passes for
 * the native app but not for the CLI. {@code -Dpjsua4j.suiteEvery=N} runs every N-th test of each
 * suite (default {@value #DEFAULT_EVERY}: a representative subset inside CI's time; 1 runs all);
 * {@code -Dpjsua4j.suiteParallel=N} how many tests run at once (default {@value #DEFAULT_PARALLEL}).
 * {@code -Dpjsua4j.suites=a,b} names the suites; the default is all four ({@value #ALL_SUITES}). A
 * test in {@link #KNOWN_GAPS} (none now) needs what the CLI refuses by design, and is reported, not
 * failed.
 */
class PjsuaSuiteIT {
    private static final int DEFAULT_EVERY = 4;
    /** Tests run at once; most of a test's time is run.py waiting for output, not CPU. */
    private static final int DEFAULT_PARALLEL = 3;
    /** Each worker thread's copy of the suite. */
    private static final ThreadLocal<Path> WORKER_COPY = ThreadLocal.withInitial(() -> {
        try {
            return copyOfSuite(Files.createTempDirectory("pjsua4j-suite"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });
    private static final String ALL_SUITES = "scripts-sendto,scripts-recvfrom,scripts-sipp,scripts-call";
    /** Tests that need what the CLI refuses by design, and why. */
    private static final Map<String, String> KNOWN_GAPS = Map.of();
    private static final Map<String, String> SUITES = new LinkedHashMap<>();

    static {
        SUITES.put("scripts-sendto", "mod_sendto.py");
        SUITES.put("scripts-recvfrom", "mod_recvfrom.py");
        SUITES.put("scripts-sipp", "mod_sipp.py");
        SUITES.put("scripts-call", "mod_call.py");
    }

    @Test
    void everyTestTheNativeAppPassesTheCliPasses() throws Exception {
        String nativeExe = PjsuaApp.binary().toString();
        String cliExe = Path.of(System.getProperty("java.home"), "bin", "java") + " -jar "
                + System.getProperty("pjsua4j.jar");
        int every = Integer.getInteger("pjsua4j.suiteEvery", DEFAULT_EVERY);
        int parallel = Integer.getInteger("pjsua4j.suiteParallel", DEFAULT_PARALLEL);
        List<String> regressions = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<String> bothFail = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-18s %6s %6s %6s%n", "suite", "tests", "native",
                "cli"));
        List<String> chosen = List.of(System.getProperty("pjsua4j.suites", ALL_SUITES).split(","));
        Path source = suiteSource();
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        try {
            for (Map.Entry<String, String> s : SUITES.entrySet()) {
                if (!chosen.contains(s.getKey())) {
                    continue;
                }
                List<String> tests = tests(source, s.getKey(), every);
                List<Future<Outcome>> natives = new ArrayList<>();
                List<Future<Outcome>> clis = new ArrayList<>();
                for (String test : tests) {
                    natives.add(workers.submit(() -> run(nativeExe, s.getValue(), test)));
                    clis.add(workers.submit(() -> run(cliExe, s.getValue(), test)));
                }
                int nativePass = 0;
                int cliPass = 0;
                for (int i = 0; i < tests.size(); i++) {
                    String test = tests.get(i);
                    Outcome n = natives.get(i).get();
                    Outcome c = clis.get(i).get();
                    if (n.passed && !c.passed) {
                        // The scripts wait on fixed timeouts, which three tests at once on two cores can
                        // miss (uas-answer-183-wrong-media did once in CI); a real gap fails again.
                        System.out.printf("%s: cli failed (%s), running it again%n", test, c.cause);
                        c = run(cliExe, s.getValue(), test);
                    }
                    // As it goes, so a run cut short still says how far it got.
                    System.out.printf("%s: native %s, cli %s%n", test, n.passed ? "pass" : "fail (" + n.cause + ")",
                            c.passed ? "pass" : "fail (" + c.cause + ")");
                    nativePass += n.passed ? 1 : 0;
                    cliPass += c.passed ? 1 : 0;
                    if (n.passed && !c.passed && KNOWN_GAPS.containsKey(test)) {
                        gaps.add(test + ": " + KNOWN_GAPS.get(test));
                    } else if (n.passed && !c.passed) {
                        regressions.add(test + ": " + c.cause);
                    } else if (!n.passed && !c.passed) {
                        bothFail.add(test + ": native " + n.cause + " | cli " + c.cause);
                    }
                }
                table.append(String.format("%-18s %6d %6d %6d%n", s.getKey(), tests.size(), nativePass, cliPass));
            }
        } finally {
            workers.shutdownNow();
        }
        System.out.println(table);
        System.out.println("fail for both:\n  " + String.join("\n  ", bothFail));
        System.out.println("pass for native only, known gaps:\n  " + String.join("\n  ", gaps));
        System.out.println("pass for native only:\n  " + String.join("\n  ", regressions));
        assertEquals(List.of(), regressions, table.toString());
    }

    private record Outcome(boolean passed, String cause) {
    }

    /**
     * One test in its own network namespace, so tests running at once cannot take each other's ports
     * (the suite's are fixed); in the worker's own copy of the suite, so they cannot mix their log
     * files either. The cause is run.py's "Caught error" line.
     */
    private static Outcome run(String exe, String module, String test) throws Exception {
        Path suite = WORKER_COPY.get();
        Path log = Files.createTempFile("pjsua-suite", ".log");
        Process p = new ProcessBuilder("unshare", "-n", "sh", "-c", "ip link set lo up && exec timeout 90 python3"
                + " run.py -e '" + exe + "' " + module + " " + test).directory(suite.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), test + " did not end");
        String out = Files.readString(log, StandardCharsets.ISO_8859_1);
        Files.delete(log);
        String cause = out.lines().filter(l -> l.contains("Caught error")).findFirst()
                .orElse(p.exitValue() == 0 ? "" : "exit " + p.exitValue());
        return new Outcome(p.exitValue() == 0, cause.strip());
    }

    private static List<String> tests(Path suite, String dir, int every) throws IOException {
        String ext = dir.equals("scripts-sipp") ? ".xml" : ".py";
        List<String> all;
        try (Stream<Path> files = Files.list(suite.resolve(dir))) {
            all = files.map(f -> dir + "/" + f.getFileName()).filter(f -> f.endsWith(ext)).sorted()
                    .collect(Collectors.toList());
        }
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            picked.add(all.get(i));
        }
        return picked;
    }

    private static Path suiteSource() throws IOException {
        return PjsuaApp.binary().getParent().resolve("../../tests/pjsua").normalize();
    }

    /** The downloaded suite stays as it is: the tests run from (and write their logs into) copies. */
    private static Path copyOfSuite(Path copy) throws IOException {
        Path source = suiteSource();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return copy;
    }
}
