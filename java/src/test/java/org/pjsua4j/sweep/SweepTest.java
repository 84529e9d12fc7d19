package org.pjsua4j.sweep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The robustness sweep: every public facade method and every raw function with boundary arguments in
 * each state, batch by batch in forked JVMs. Each batch must end with no crash, no hang, no refusal
 * that fails to name the problem and no unsafe text accepted. The
 * numbers go to target/sweep/summary.txt, the failing cases to target/sweep/failures.txt. To run some
 * batches only: {@code -Dpjsua4j.sweep.batches=RAW_STARTED,FACADE_OPEN} (names of {@link Batch}).
 */
class SweepTest {
    private static final Path DIR = Path.of("target", "sweep");
    private static final SweepSummary SUMMARY = new SweepSummary();

    @TestFactory
    Stream<DynamicTest> batches() {
        String only = System.getProperty("pjsua4j.sweep.batches");
        return Arrays.stream(Batch.values())
                .filter(b -> only == null || Arrays.asList(only.split(",")).contains(b.name()))
                .map(b -> DynamicTest.dynamicTest(b.layer + ", " + b.state, () -> sweep(b)));
    }

    private static void sweep(Batch batch) throws Exception {
        ForkedBatch.Result r = new ForkedBatch(batch, DIR).run();
        SUMMARY.add(r);
        SUMMARY.write(DIR);
        List<String> failing = r.outcomes().stream()
                .filter(o -> o.verdict().failure)
                .map(o -> o.verdict() + " #" + o.index() + " " + o.name() + " -> " + o.detail())
                .collect(Collectors.toList());
        assertTrue(r.problems().isEmpty(), () -> batch + ": " + r.problems());
        assertTrue(!r.outcomes().isEmpty(), () -> batch + ": no case ran");
        assertTrue(failing.isEmpty(), () -> batch + ": " + failing.size() + " failing cases, e.g.\n"
                + String.join("\n", failing.subList(0, Math.min(40, failing.size()))));
    }

    @AfterAll
    static void printSummary() throws Exception {
        SUMMARY.write(DIR);
        SUMMARY.table().forEach(System.out::println);
    }
}
