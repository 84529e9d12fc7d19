package org.pjsua4j.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process-level measures of one UAS, each on a fresh process pinned to one CPU with SIPp on the
 * other: what a call costs it (memory, CPU at hold 0 and at 1 s with RTP), its ceiling, its soak.
 */
final class UasMeasures {
    /** SIPp and the UAS each get a CPU of their own when there are two. */
    private static final boolean PIN = Runtime.getRuntime().availableProcessors() >= 2;
    private static final int SIPP_CPU = PIN ? 0 : -1;
    private static final int UAS_CPU = PIN ? 1 : -1;
    /** Long enough for the UAS's start-up work (JIT, pools) to settle before the idle reading. */
    private static final long SETTLE_MS = 1000;
    private static final int MAX_WARMUP_BATCHES = 12;
    /** A warm-up batch that costs less than this fraction of the cheapest before it is still warming. */
    private static final double SETTLED = 0.95;
    static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";
    /**
     * A JVM's young generation is fresh memory the first time the allocator passes over it, so a new
     * process's RSS rises by as much of it as the load's garbage fills (tens of MB for the default
     * heap), whatever the calls hold. Touched at start, it is in the idle reading instead.
     */
    private static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

    /** What a call costs: resident memory per call held, CPU per call; whether every call succeeded. */
    record PerCall(UasProcess.Kind kind, long idleRssKb, double kbPerCall, double kbPerCallPreTouched,
            double cpuMsHold0, double cpuMsHold1, long idleThreads, long peakThreads, boolean clean, String outcomes) {
    }

    /** The highest clean step, 0 if none was, and the first step that was not (0 if all were). */
    record Ceiling(UasProcess.Kind kind, int clean, int failed, String failure) {
    }

    /** RSS growth over the soak after its warm-up, fitted by least squares. */
    record Soak(String label, long calls, long failed, double kbPer1000Calls, long endRssKb, long peakThreads) {
    }

    private final ProcessPlan plan;
    private final Map<String, String> env;

    UasMeasures(ProcessPlan plan, Map<String, String> env) {
        this.plan = plan;
        this.env = env;
    }

    PerCall perCall(UasProcess.Kind kind) throws IOException, InterruptedException {
        List<SippLoad.Outcome> outcomes = new ArrayList<>();
        double kbPerCallPreTouched;
        Map<String, String> preTouched = new LinkedHashMap<>(env);
        preTouched.merge(JVM_OPTIONS, PRE_TOUCH, (given, ours) -> given + " " + ours);
        try (UasProcess uas = UasProcess.start(kind, UAS_CPU, preTouched)) {
            Thread.sleep(SETTLE_MS);
            long idleRss = uas.rssKb();
            try (Sampler sampler = new Sampler(uas)) {
                outcomes.add(noted(kind, "memory, heap touched", load(uas, plan.memoryCalls(), plan.memoryRate(),
                        plan.memoryHoldMs())));
                sampler.close();
                kbPerCallPreTouched = (double) (sampler.peakRssKb() - idleRss) / plan.memoryCalls();
            }
        }
        try (UasProcess uas = UasProcess.start(kind, UAS_CPU, env)) {
            Thread.sleep(SETTLE_MS);
            long idleRss = uas.rssKb();
            long idleThreads = uas.threads();
            long peakRss;
            long peakThreads;
            try (Sampler sampler = new Sampler(uas)) {
                outcomes.add(noted(kind, "memory", load(uas, plan.memoryCalls(), plan.memoryRate(),
                        plan.memoryHoldMs())));
                sampler.close();
                peakRss = sampler.peakRssKb();
                peakThreads = sampler.peakThreads();
            }
            warmUp(uas);
            double cpu0 = uas.cpuMs();
            outcomes.add(noted(kind, "hold 0", load(uas, plan.hold0Calls(), plan.hold0Rate(), 0)));
            double cpu1 = uas.cpuMs();
            outcomes.add(noted(kind, "hold 1 s", load(uas, plan.hold1Calls(), plan.hold1Rate(), ProcessPlan.HOLD1_MS)));
            double cpu2 = uas.cpuMs();
            peakThreads = Math.max(peakThreads, uas.threads());
            return new PerCall(kind, idleRss, (double) (peakRss - idleRss) / plan.memoryCalls(), kbPerCallPreTouched,
                    (cpu1 - cpu0) / plan.hold0Calls(), (cpu2 - cpu1) / plan.hold1Calls(), idleThreads, peakThreads,
                    outcomes.stream().allMatch(SippLoad.Outcome::clean), outcomes.toString());
        }
    }

    Ceiling ceiling(UasProcess.Kind kind) throws IOException, InterruptedException {
        try (UasProcess uas = UasProcess.start(kind, UAS_CPU, env)) {
            warmUp(uas);
            int clean = 0;
            for (int rate : plan.ceilingRates()) {
                SippLoad.Outcome o = load(uas, (long) rate * plan.ceilingStepSeconds(), rate, 0);
                if (!o.clean() || !uas.isRunning()) {
                    System.err.println(kind.label() + " at " + rate + " cps: " + o);
                    String what = o.failed() + " failed, " + o.retransmissions() + " retransmissions";
                    return new Ceiling(kind, clean, rate, uas.isRunning() ? what : "the UAS died; " + what);
                }
                clean = rate;
            }
            return new Ceiling(kind, clean, 0, "");
        }
    }

    Soak soak(String label, UasProcess.Kind kind, Map<String, String> soakEnv)
            throws IOException, InterruptedException {
        try (UasProcess uas = UasProcess.start(kind, UAS_CPU, soakEnv)) {
            SippLoad.Outcome o;
            List<Sampler.Sample> samples;
            long peakThreads;
            try (Sampler sampler = new Sampler(uas)) {
                o = load(uas, plan.soakCalls(), plan.soakRate(), 0);
                sampler.close();
                samples = sampler.samples();
                peakThreads = sampler.peakThreads();
            }
            return new Soak(label, o.successful(), o.failed() + (o.exit() == 0 ? 0 : 1),
                    growthPer1000(samples), uas.rssKb(), peakThreads);
        }
    }

    /**
     * Batches of warm-up calls until two in a row are no cheaper than the cheapest before them. A JVM
     * pinned to one CPU compiles for the first thousands of calls, and from then on its batches differ
     * by ±10 % as native's do: in 1500-call batches at 300 cps the facade cost 1.31, 1.03, 0.90, then
     * 0.81-1.11 ms a call for 17 more (native: 0.79-0.99 throughout). The earlier test, two neighbours
     * within 20 % of each other, stopped in another run at 1.43, 1.45, where the next six cost 0.80-1.06.
     */
    private void warmUp(UasProcess uas) throws IOException, InterruptedException {
        if (plan.warmupCalls() == 0) {
            return;
        }
        double cheapest = Double.POSITIVE_INFINITY;
        int settled = 0;
        for (int batch = 0; batch < MAX_WARMUP_BATCHES && settled < 2; batch++) {
            double before = uas.cpuMs();
            load(uas, plan.warmupCalls(), plan.hold0Rate(), 0);
            double cost = uas.cpuMs() - before;
            settled = cost < SETTLED * cheapest ? 0 : settled + 1;
            cheapest = Math.min(cheapest, cost);
        }
    }

    /** Slope of RSS against calls placed (rate × time), over the samples after the warm-up calls. */
    private double growthPer1000(List<Sampler.Sample> samples) {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Sampler.Sample s : samples) {
            double calls = Math.min(plan.soakCalls(), plan.soakRate() * s.atMs() / 1000);
            if (calls < plan.soakWarmupCalls() || calls >= plan.soakCalls()) {
                continue;
            }
            n++;
            sx += calls;
            sy += s.rssKb();
            sxx += calls * calls;
            sxy += calls * s.rssKb();
        }
        double denominator = n * sxx - sx * sx;
        return n < 2 || denominator == 0 ? Double.NaN : 1000 * (n * sxy - sx * sy) / denominator;
    }

    /** The table says only whether every phase was clean; which one was not, and how, goes to stderr. */
    private static SippLoad.Outcome noted(UasProcess.Kind kind, String phase, SippLoad.Outcome o) {
        if (!o.clean()) {
            System.err.println(kind.label() + ", " + phase + ": " + o);
        }
        return o;
    }

    private static SippLoad.Outcome load(UasProcess uas, long calls, double rate, long holdMs)
            throws IOException, InterruptedException {
        return SippLoad.start(uas.hostPort(), calls, rate, holdMs, SIPP_CPU).await();
    }
}
