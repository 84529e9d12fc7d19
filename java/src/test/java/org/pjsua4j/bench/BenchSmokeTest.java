package org.pjsua4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Keeps the benchmarks (bench/) from rotting: each JMH benchmark runs once in this JVM and the C
 * baseline runs a few iterations, through the same code bench/run uses. No timing is checked here.
 */
class BenchSmokeTest {

    @Test
    void everyBenchmarkAndItsCBaselineRunAndGiveNumbers() throws Exception {
        Options once = BenchRun.base()
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .addProfiler(GCProfiler.class)
                .build();
        List<BenchRow> rows = BenchRun.measure(once, Baseline.program(), 100);

        assertEquals(List.of("getState", "accGetInfo", "callGetInfo", "accountInfo", "callInfo", "callCount"),
                rows.stream().map(BenchRow::name).toList(), BenchRow.table(rows));
        for (BenchRow row : rows) {
            assertTrue(row.cNs() > 0 && Double.isFinite(row.cNs()), row.toString());
            assertTrue(row.javaNs() > 0 && Double.isFinite(row.javaNs()), row.toString());
            assertTrue(row.bytesPerOp() >= 0, row.toString());
        }
    }
}
