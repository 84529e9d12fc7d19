package org.pjsua4j.sweep;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.pjsua4j.peers.JvmCommand;

/**
 * Runs one batch in forked JVMs (java from java.home, this JVM's class path and library path): a JVM
 * that dies or stops reporting while a case runs makes that case a CRASH or HANG, and a new JVM
 * resumes at the next case.
 */
final class ForkedBatch {
    /** How long one case, or a JVM's setup, may take before it counts as hung. */
    static final long CASE_TIMEOUT_MS = 15_000;
    private static final String EOF = "\0eof";

    /** One case's outcome. */
    record Outcome(int index, String name, Verdict verdict, String detail) {
    }

    /** A batch's outcomes. */
    record Result(Batch batch, List<Outcome> outcomes, Set<String> excluded, int jvms, long millis,
            List<String> problems) {
    }

    private final Batch batch;
    private final Path dir;

    ForkedBatch(Batch batch, Path dir) {
        this.batch = batch;
        this.dir = dir;
    }

    Result run() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> excluded = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int next = 0;
        int total = -1;
        int jvms = 0;
        while (total < 0 || next < total) {
            jvms++;
            Process p = start(next, jvms);
            BlockingQueue<String> lines = reader(p);
            int running = -1;
            String runningName = null;
            boolean ended = false;
            boolean hung = false;
            while (true) {
                String line = lines.poll(CASE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                if (line == null) {
                    hung = true;
                    break;
                }
                if (line.equals(EOF)) {
                    break;
                }
                if (!line.startsWith(SweepChild.PREFIX)) {
                    continue;
                }
                String[] f = line.substring(SweepChild.PREFIX.length()).split(" ", 3);
                switch (f[0]) {
                    case "TOTAL":
                        total = Integer.parseInt(f[1]);
                        break;
                    case "EXCLUDED":
                        excluded.add(line.substring(SweepChild.PREFIX.length() + "EXCLUDED ".length()));
                        break;
                    case "CASE":
                        running = Integer.parseInt(f[1]);
                        runningName = f[2];
                        break;
                    case "RESULT":
                        String[] r = f[2].split(" ", 2);
                        outcomes.add(new Outcome(running, runningName, Verdict.valueOf(r[0]), r.length > 1 ? r[1] : ""));
                        next = running + 1;
                        running = -1;
                        break;
                    case "END":
                        ended = true;
                        break;
                    default:
                        break;
                }
            }
            if (hung) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            int exit = p.waitFor();
            if (ended) {
                break;
            }
            if (running < 0) {
                // Died or hung outside any case: in its setup, which every case needs.
                problems.add((hung ? "hung" : "died (exit " + exit + ")") + " before a case, resuming at "
                        + next + "; see " + errFile(jvms));
                if (total < 0 || jvms > 3 && outcomes.isEmpty() || jvms > total + 3) {
                    break;
                }
                continue;
            }
            outcomes.add(new Outcome(running, runningName, hung ? Verdict.HANG : Verdict.CRASH,
                    hung ? "no result in " + CASE_TIMEOUT_MS + " ms" : "JVM exit " + exit + "; see " + errFile(jvms)));
            next = running + 1;
        }
        return new Result(batch, outcomes, excluded, jvms, (System.nanoTime() - start) / 1_000_000, problems);
    }

    private Path errFile(int jvm) {
        return dir.resolve(batch.name() + "-" + jvm + ".err");
    }

    private Process start(int from, int jvm) throws IOException {
        List<String> options = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.equals("-Xcheck:jni")) {
                options.add(a);
            }
        }
        options.add("-Xmx512m");
        options.add("-XX:+UseSerialGC");
        options.add("-XX:TieredStopAtLevel=1");
        options.add("-XX:-CreateCoredumpOnCrash");
        options.add("-XX:ErrorFile=" + dir.resolve(batch.name() + "-" + jvm + "-hs_err.log"));
        List<String> cmd = JvmCommand.of(options, SweepChild.class, List.of(batch.name(), Integer.toString(from)));
        return new ProcessBuilder(cmd).redirectErrorStream(false)
                .redirectError(errFile(jvm).toFile())
                .directory(new File(System.getProperty("user.dir")))
                .start();
    }

    private static BlockingQueue<String> reader(Process p) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add(SweepChild.PREFIX + "READ-ERROR " + e);
            } finally {
                lines.add(EOF);
            }
        }, "sweep-reader-" + p.pid());
        t.setDaemon(true);
        t.start();
        return lines;
    }
}
