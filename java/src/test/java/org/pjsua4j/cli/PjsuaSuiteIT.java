package org.pjsua4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.PjsuaApp;

/**
 * pjproject's own tests/pjsua suite (run.py -e EXE) against the native pjsua app and against the
 * CLI, each test alone in a network namespace with only lo (some scripts put other addresses into
 * their messages), from a copy of the downloaded suite. Prints the table; fails if a test passes for
 * the native app but not for the CLI. {@code -Dpjsua4j.suiteEvery=N} runs every N-th test of each
 * suite (default {@value #DEFAULT_EVERY}: a representative subset inside CI's time; 1 runs all).
 * {@code -Dpjsua4j.suites=a,b} names the suites; the default is those the CLI has reached the native
 * app's results in ({@value #AT_PARITY}), but for the tests in {@link #KNOWN_GAPS}, which need what
 * the CLI refuses by design and are reported, not failed. scripts-sipp and scripts-call still have
 * other tests that pass for the native app only, so they run on request until they are at parity too.
 */
class PjsuaSuiteIT {
    private static final int DEFAULT_EVERY = 4;
    private static final String AT_PARITY = "scripts-sendto,scripts-recvfrom";
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
        Path suite = copyOfSuite();
        String nativeExe = PjsuaApp.binary().toString();
        String cliExe = Path.of(System.getProperty("java.home"), "bin", "java") + " -jar "
                + System.getProperty("pjsua4j.jar");
        int every = Integer.getInteger("pjsua4j.suiteEvery", DEFAULT_EVERY);
        List<String> regressions = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<String> bothFail = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-18s %6s %6s %6s%n", "suite", "tests", "native",
                "cli"));
        List<String> chosen = List.of(System.getProperty("pjsua4j.suites", AT_PARITY).split(","));
        for (Map.Entry<String, String> s : SUITES.entrySet()) {
            if (!chosen.contains(s.getKey())) {
                continue;
            }
            List<String> tests = tests(suite, s.getKey(), every);
            int nativePass = 0;
            int cliPass = 0;
            for (String test : tests) {
                Outcome n = run(suite, nativeExe, s.getValue(), test);
                Outcome c = run(suite, cliExe, s.getValue(), test);
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
        System.out.println(table);
        System.out.println("fail for both:\n  " + String.join("\n  ", bothFail));
        System.out.println("pass for native only, known gaps:\n  " + String.join("\n  ", gaps));
        System.out.println("pass for native only:\n  " + String.join("\n  ", regressions));
        assertEquals(List.of(), regressions, table.toString());
    }

    private record Outcome(boolean passed, String cause) {
    }

    /** One test in its own network namespace; the cause is run.py's "Caught error" line. */
    private static Outcome run(Path suite, String exe, String module, String test) throws Exception {
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

    /** The downloaded suite stays as it is: the tests run from (and write their logs into) a copy. */
    private static Path copyOfSuite() throws IOException {
        Path source = PjsuaApp.binary().getParent().resolve("../../tests/pjsua").normalize();
        Path copy = Files.createTempDirectory("pjsua4j-suite");
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
