package org.pjsua4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the process-level runner (bench/run --process) from rotting: every phase once with a handful
 * of calls, through the same code, against the native pjsua app, the facade and the raw layer as UAS
 * under SIPp. It checks that each phase ran and gave a figure, not what the figures are.
 */
class ProcessRunSmokeTest {

    @Test
    void everyPhaseRunsAgainstEveryUasAndGivesFigures() throws Exception {
        ProcessPlan plan = ProcessPlan.SMOKE;
        ProcessRun.Report report = ProcessRun.measure(plan, 1, Map.of(), 1, true);

        for (UasProcess.Kind kind : UasProcess.Kind.values()) {
            List<UasMeasures.PerCall> runs = report.perCall().get(kind);
            assertEquals(1, runs.size(), kind.label());
            UasMeasures.PerCall p = runs.get(0);
            assertTrue(p.clean(), p.toString());
            assertTrue(p.cpuMsHold0() >= 0 && p.cpuMsHold1() >= 0, p.toString());
            assertTrue(Double.isFinite(p.kbPerCall()) && Double.isFinite(p.kbPerCallPreTouched()), p.toString());
            assertTrue(p.idleRssKb() > 0 && p.idleThreads() > 0 && p.peakThreads() >= p.idleThreads(), p.toString());
        }
        assertEquals(3, report.ceilings().size());
        for (UasMeasures.Ceiling c : report.ceilings()) {
            assertEquals(plan.ceilingRates().get(0), c.clean(), c.toString());
        }
        assertEquals(4, report.soaks().size());
        for (UasMeasures.Soak s : report.soaks()) {
            assertEquals(plan.soakCalls(), s.calls(), s.toString());
            assertEquals(0, s.failed(), s.toString());
            assertTrue(s.endRssKb() > 0, s.toString());
        }
        assertEquals(List.of("close", "closeRegistered", "register", "start"), List.copyOf(report.startStop().keySet()));
        report.startStop().values().forEach(ms -> assertTrue(ms > 0, report.startStop().toString()));
        String table = ProcessTable.render(report, plan);
        assertTrue(table.contains("| CPU ms, hold 0") && table.contains("| close, one registration"), table);
    }
}
