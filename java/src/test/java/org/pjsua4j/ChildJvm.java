package org.pjsua4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.pjsua4j.peers.CrashReport;
import org.pjsua4j.peers.JvmCommand;

/**
 * A main class of the test class path run in a JVM of its own, so that a crash or a hang there is a
 * failed test, not a lost test run, and so that it can run on a newer JDK than the build's.
 */
final class ChildJvm {
    private static final Path JVMS = Path.of("/usr/lib/jvm");

    private ChildJvm() {
    }

    /** What the child printed, and how it ended. */
    record Outcome(int exitCode, boolean timedOut, String output, Map<String, String> values) {
        /** @return the value the child printed as {@code storm.name=value} */
        long number(String name) {
            String v = values.get(name);
            if (v == null) {
                throw new AssertionError("the child printed no storm." + name + ":\n" + output);
            }
            return Math.round(Double.parseDouble(v));
        }
    }

    /** @return the JDK running this test, if it has virtual threads, else one under /usr/lib/jvm that has */
    static Optional<Path> withVirtualThreads() throws IOException {
        if (Runtime.version().feature() >= 21) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        if (!Files.isDirectory(JVMS)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(JVMS)) {
            return homes.filter(h -> feature(h) >= 21 && Files.isExecutable(h.resolve("bin/java")))
                    .max((a, b) -> Integer.compare(feature(a), feature(b)));
        }
    }

    /** @return the feature version in a JDK's release file, or 0 */
    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException noJdkHere) {
            return 0;
        }
        return 0;
    }

    /**
     * Runs {@code main} with this JVM's class path, library path and {@code pjsua4j.*} properties, and
     * with {@code env} added to this process's environment. After
     * {@code deadline} a thread dump of the child (jstack) is added to its output and it is killed. If it
     * crashed, the {@link CrashReport} of its error file, kept in {@code target/}, ends its output.
     */
    static Outcome run(Path javaHome, Map<String, String> env, List<String> jvmOptions, Class<?> main,
            List<String> args, Duration deadline) throws IOException, InterruptedException {
        Path errorFiles = Path.of("target").toAbsolutePath();
        Files.createDirectories(errorFiles);
        List<String> options = new ArrayList<>(jvmOptions);
        String errorFile = "hs_err-" + main.getSimpleName();
        options.add(CrashReport.errorFileOption(errorFiles, errorFile));
        List<String> command = JvmCommand.of(javaHome, options, main, args);
        Path out = Files.createTempFile("child-jvm", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            builder.environment().putAll(env);
            Process child = builder.start();
            boolean ended = child.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                Process jstack = new ProcessBuilder(javaHome.resolve("bin/jstack").toString(), Long.toString(child.pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
                jstack.waitFor(60, TimeUnit.SECONDS);
                child.destroyForcibly().waitFor();
            }
            String output = Files.readString(out, StandardCharsets.UTF_8)
                    + CrashReport.of(errorFiles, errorFile, child.pid());
            return new Outcome(ended ? child.exitValue() : -1, !ended, output, values(output));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static Map<String, String> values(String output) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("storm.") && eq > 0) {
                values.put(line.substring("storm.".length(), eq), line.substring(eq + 1).trim());
            }
        }
        return values;
    }
}
