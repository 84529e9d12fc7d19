package org.pjsua4j.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.ToDoubleFunction;

/** ProcessRun's report as Markdown tables; with several repeats, medians and the range of each ratio. */
final class ProcessTable {
    private ProcessTable() {
    }

    static String render(ProcessRun.Report r, ProcessPlan plan) {
        StringBuilder sb = new StringBuilder();
        if (!r.perCall().isEmpty()) {
            sb.append("| per call | native | facade | facade, autoAnswer | raw | facade / native"
                    + " | facade, autoAnswer / native | raw / native | target |\n");
            sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
            row(sb, r, "CPU ms, hold 0 (" + (int) plan.hold0Rate() + " cps)", UasMeasures.PerCall::cpuMsHold0, 3,
                    "facades ≤ 1.1×, raw ≤ 1.0×");
            row(sb, r, "CPU ms, hold 1 s, RTP echoed (" + (int) plan.hold1Rate() + " cps)",
                    UasMeasures.PerCall::cpuMsHold1, 3, "facades ≤ 1.03×, raw ≤ 1.0×");
            row(sb, r, "KB resident per active call (" + plan.memoryCalls() + " at once)",
                    UasMeasures.PerCall::kbPerCall, 0, "–");
            row(sb, r, "KB resident per active call, JVM heap touched at start",
                    UasMeasures.PerCall::kbPerCallPreTouched, 0, "facades ≤ 1.1×");
            row(sb, r, "MB resident, idle", p -> p.idleRssKb() / 1024.0, 0, "–");
            row(sb, r, "threads, idle", p -> p.idleThreads(), 0, "–");
            row(sb, r, "threads, peak under load", p -> p.peakThreads(), 0, "bounded");
            sb.append("| every call answered, ≤ 1 % retransmitted");
            for (UasProcess.Kind kind : UasProcess.Kind.values()) {
                sb.append(" | ").append(r.perCall().get(kind).stream().allMatch(UasMeasures.PerCall::clean) ? "yes" : "no");
            }
            sb.append(" | | | | yes |\n");
        }
        if (!r.ceilings().isEmpty()) {
            ceilings(sb, r.ceilings(), plan);
        }
        if (!r.soaks().isEmpty()) {
            sb.append("\n| soak, hold 0, ").append((int) plan.soakRate()).append(" cps | calls | failed |"
                    + " KB RSS growth per 1,000 calls after ").append(plan.soakWarmupCalls())
                    .append(" | MB resident at the end | peak threads |\n|---|---:|---:|---:|---:|---:|\n");
            for (UasMeasures.Soak s : r.soaks()) {
                sb.append("| ").append(s.label()).append(" | ").append(s.calls()).append(" | ").append(s.failed())
                        .append(" | ").append(fmt(s.kbPer1000Calls(), 0)).append(" | ")
                        .append(fmt(s.endRssKb() / 1024.0, 0)).append(" | ").append(s.peakThreads()).append(" |\n");
            }
            sb.append("\nTarget: the facade's growth ≤ native's.\n");
        }
        sb.append("\n| Endpoint (median of ").append(plan.startStopRounds()).append(") | ms | target |\n")
                .append("|---|---:|---|\n");
        Map<String, Double> ss = r.startStop();
        sb.append("| start, after the first | ").append(fmt(ss.get("start"), 1)).append(" | ≤ 50 |\n");
        sb.append("| close, nothing to unregister | ").append(fmt(ss.get("close"), 1)).append(" | ≤ 50 |\n");
        sb.append("| register (one round trip) | ").append(fmt(ss.get("register"), 1)).append(" | – |\n");
        sb.append("| close, one registration | ").append(fmt(ss.get("closeRegistered"), 1))
                .append(" | ≤ one round trip + 50 |\n");
        return sb.toString();
    }

    /**
     * Each kind's highest clean step, the median of its runs (each run in brackets when there are
     * several), its ratio to native's run by run, and where and how each run failed.
     */
    private static void ceilings(StringBuilder sb, List<UasMeasures.Ceiling> all, ProcessPlan plan) {
        Map<UasProcess.Kind, List<UasMeasures.Ceiling>> byKind = new EnumMap<>(UasProcess.Kind.class);
        for (UasMeasures.Ceiling c : all) {
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        List<UasMeasures.Ceiling> natives = byKind.getOrDefault(UasProcess.Kind.NATIVE, List.of());
        sb.append("\n| ceiling, hold 0 | highest step with every call answered (cps) | / native"
                + " | first step that failed | what failed |\n|---|---:|---:|---:|---|\n");
        byKind.forEach((kind, runs) -> {
            double[] clean = runs.stream().mapToDouble(UasMeasures.Ceiling::clean).toArray();
            sb.append("| ").append(kind.label()).append(" | ").append(withRuns(clean, 0, "")).append(" | ");
            if (kind != UasProcess.Kind.NATIVE && natives.size() == runs.size()) {
                double[] ratio = new double[runs.size()];
                for (int i = 0; i < ratio.length; i++) {
                    ratio[i] = clean[i] / natives.get(i).clean();
                }
                sb.append(withRuns(ratio, 2, "×"));
            }
            sb.append(" | ");
            sb.append(runs.stream().allMatch(c -> c.failed() == 0) ? "none (top step passed)"
                    : String.join(", ", runs.stream().map(c -> c.failed() == 0 ? "none" : String.valueOf(c.failed()))
                            .toList()));
            sb.append(" | ").append(String.join("; ", runs.stream().map(UasMeasures.Ceiling::failure)
                    .filter(f -> !f.isEmpty()).toList())).append(" |\n");
        });
        sb.append("\nTarget: facade ≥ 0.95× native. Steps: ").append(plan.ceilingRates()).append(" cps, ")
                .append(plan.ceilingStepSeconds()).append(" s each; a step fails on a failed call or"
                        + " retransmissions for over 1 % of its calls.\n");
    }

    /** The median of {@code v}, with each value in run order in brackets when there are several. */
    private static String withRuns(double[] v, int decimals, String unit) {
        String median = fmt(median(v), decimals) + unit;
        if (v.length == 1) {
            return median;
        }
        StringJoiner each = new StringJoiner(", ", " (", ")");
        for (double x : v) {
            each.add(fmt(x, decimals));
        }
        return median + each;
    }

    private static void row(StringBuilder sb, ProcessRun.Report r, String name,
            ToDoubleFunction<UasMeasures.PerCall> f, int decimals, String target) {
        List<UasMeasures.PerCall> natives = r.perCall().get(UasProcess.Kind.NATIVE);
        sb.append("| ").append(name);
        for (UasProcess.Kind kind : UasProcess.Kind.values()) {
            sb.append(" | ").append(fmt(median(r.perCall().get(kind), f), decimals));
        }
        for (UasProcess.Kind kind : UasProcess.Kind.values()) {
            if (kind != UasProcess.Kind.NATIVE) {
                sb.append(" | ").append(ratios(r.perCall().get(kind), natives, f));
            }
        }
        sb.append(" | ").append(target).append(" |\n");
    }

    private static double median(List<UasMeasures.PerCall> runs, ToDoubleFunction<UasMeasures.PerCall> f) {
        return median(runs.stream().mapToDouble(f).toArray());
    }

    /** The upper median: a value one of the runs measured, for an even count too. */
    private static double median(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The ratio of each repeat's pair: the median, and the range when there are several. */
    private static String ratios(List<UasMeasures.PerCall> of, List<UasMeasures.PerCall> to,
            ToDoubleFunction<UasMeasures.PerCall> f) {
        double[] v = new double[of.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(of.get(i)) / f.applyAsDouble(to.get(i));
        }
        Arrays.sort(v);
        String median = fmt(median(v), 2) + "×";
        return v.length == 1 ? median : median + " (" + fmt(v[0], 2) + "–" + fmt(v[v.length - 1], 2) + ")";
    }

    private static String fmt(Double v, int decimals) {
        return v == null || !Double.isFinite(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
