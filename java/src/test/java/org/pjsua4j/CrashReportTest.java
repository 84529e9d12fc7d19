package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A child JVM that crashes leaves where it crashed in its output: a CI log keeps the failure message,
 * while the JVM's error file stays on the machine that ran the test.
 */
class CrashReportTest {
    @Test
    void aCrashedChildsOutputEndsWithWhereItCrashed() throws Exception {
        ChildJvm.Outcome run = ChildJvm.run(Path.of(System.getProperty("java.home")), Map.of(),
                List.of("-XX:-CreateCoredumpOnCrash"), DeliberateCrash.class, List.of(), Duration.ofSeconds(60));
        assertFalse(run.timedOut(), run.output());
        assertNotEquals(0, run.exitCode(), run.output());
        assertFalse(run.values().containsKey("survived"), run.output());
        String report = run.output().substring(run.output().lastIndexOf("--- "));
        assertTrue(report.contains("hs_err-DeliberateCrash-"), report);
        assertTrue(report.contains("# Problematic frame:"), report);
        assertTrue(report.contains("si_signo: 11 (SIGSEGV)"), report);
        assertTrue(report.contains("Current thread"), report);
    }
}
