package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pjsua4j.raw.pjsua;
import org.slf4j.LoggerFactory;

/**
 * pjsip's log through the JDK's System.Logger bridge to SLF4J and Logback (docs/logging.md), in a child
 * JVM: SLF4J's LoggerFinder takes over System.Logger for a whole JVM, and this one's tests use
 * java.util.logging, so the two jars are kept off the test class path (pom.xml) and given to the child.
 */
class Slf4jLoggingTest {
    private static final long APPLIED_WITHIN_MS = 10_000;

    /** Runs in the child JVM: pjsua_dump's level-3 lines under three Logback levels set at run time. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            context.reset();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
            Logger pjsip = context.getLogger("org.pjsua4j.pjsip");
            ListAppender<ILoggingEvent> seen = new ListAppender<>();
            seen.setContext(context);
            seen.start();
            pjsip.addAppender(seen);
            System.out.println("finder " + System.LoggerFinder.getLoggerFinder().getClass().getName());
            try (Endpoint ep = Loopback.endpoint()) {
                System.out.println("INFO " + awaitDump(seen, false));
                pjsip.setLevel(Level.DEBUG);
                System.out.println("DEBUG " + awaitDump(seen, true));
                pjsip.setLevel(Level.WARN);
                System.out.println("WARN " + awaitDump(seen, false));
            }
        }

        private static String awaitDump(ListAppender<ILoggingEvent> seen, boolean wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(APPLIED_WITHIN_MS);
            while (true) {
                seen.list.clear();
                pjsua.pjsua_dump(false);
                boolean logged = seen.list.stream()
                        .anyMatch(e -> e.getFormattedMessage().contains("Start dumping application states"));
                if (logged == wanted || System.nanoTime() > deadline) {
                    return logged ? "logged" : "quiet";
                }
                Thread.sleep(100);
            }
        }
    }

    @Test
    void pjsipLogsThroughSlf4jAndLogbackAndFollowsLogbackLevelsAtRunTime() throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("pjsua4j.slf4jClasspath"),
                Child.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
        assertEquals(0, p.exitValue(), out);
        assertEquals(List.of("finder org.slf4j.jdk.platform.logging.SLF4JSystemLoggerFinder", "INFO quiet", "DEBUG logged",
                "WARN quiet"), out.lines().toList(), out);
    }
}
