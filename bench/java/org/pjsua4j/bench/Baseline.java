package org.pjsua4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the C baseline (bench/c/baseline.c) and reads its "name ns-per-op" lines. */
final class Baseline {
    private static final long TIMEOUT_S = 300;

    private Baseline() {
    }

    /** The program the build put beside the library: the system property, else target/'s usual place. */
    static Path program() {
        String configured = System.getProperty("pjsua4j.benchBaseline");
        return Path.of(configured != null ? configured : "target/native/bench/c/pjsua4j_bench_baseline");
    }

    /** ns/op by benchmark name, in the program's order; fails on a crash, a timeout or no numbers. */
    static Map<String, Double> run(Path program, long iterations) throws IOException, InterruptedException {
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException("no C baseline at " + program + "; build with mvn package first");
        }
        Process p = new ProcessBuilder(program.toString(), Long.toString(iterations))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(program + " did not finish within " + TIMEOUT_S + " s");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(program + " exited with " + p.exitValue());
        }
        Map<String, Double> nsPerOp = new LinkedHashMap<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 2) {
                nsPerOp.put(f[0], Double.parseDouble(f[1]));
            }
        }
        if (nsPerOp.isEmpty()) {
            throw new IllegalStateException(program + " printed no results");
        }
        return nsPerOp;
    }
}
