package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pjsua4j.peers.CrashReport;
import org.pjsua4j.peers.JvmCommand;

/**
 * Runs test code in a JVM of its own, so that a crash or hang there fails an assertion here: a main
 * class ({@link #run}), or a static method of a test class ({@link #scenario}), whose failed assertion
 * ends the JVM with exit code 1.
 */
final class Forked {
    private static final long TIMEOUT_SECONDS = 90;
    private static final String ERROR_FILE = "pjsua4j-forked-hs_err";

    private Forked() {
    }

    /** The child's output (stdout and stderr); asserts it ended within the timeout with exit code 0. */
    static String run(Class<?> main, String... args) {
        Path errorFiles = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> command = JvmCommand.of(List.of("-Xcheck:jni", CrashReport.errorFileOption(errorFiles, ERROR_FILE)),
                main, List.of(args));
        try {
            Path output = Files.createTempFile("pjsua4j-forked", ".txt");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                boolean ended = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (!ended) {
                    p.destroyForcibly().waitFor();
                }
                String text = Files.readString(output, StandardCharsets.UTF_8)
                        + CrashReport.of(errorFiles, ERROR_FILE, p.pid());
                assertTrue(ended, () -> main.getSimpleName() + " " + String.join(" ", args) + " hung:\n" + tail(text));
                assertEquals(0, p.exitValue(), () -> main.getSimpleName() + " " + String.join(" ", args)
                        + " failed or crashed:\n" + tail(text));
                return text;
            } finally {
                Files.delete(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs the static, no-argument method of a test class in a JVM of its own. */
    static String scenario(Class<?> testClass, String method) {
        return run(Forked.class, testClass.getName(), method);
    }

    public static void main(String[] args) throws Throwable {
        Method scenario = Class.forName(args[0]).getDeclaredMethod(args[1]);
        scenario.setAccessible(true);
        try {
            scenario.invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // pjsip's worker threads are daemons only once attached to the JVM.
        System.exit(0);
    }

    private static String tail(String text) {
        return text.length() > 6000 ? "..." + text.substring(text.length() - 6000) : text;
    }
}
