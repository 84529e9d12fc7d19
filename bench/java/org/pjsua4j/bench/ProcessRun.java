package org.pjsua4j.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process-level runs of issue 11 (bench/run --process calls this): SIPp's {@code uac} against the
 * native pjsua app, {@link FacadeUas} (answering from its listener, and with the account's autoAnswer)
 * and {@link RawUas}, each in its own process on one CPU with SIPp on the other. Prints the tables
 * and, with {@code --doc FILE}, writes them into its process section.
 * Arguments: {@code [--doc FILE] [--repeats N] [--ceiling-repeats N] [--smoke] [--env NAME=VALUE]...
 * [--no-ceiling] [--no-soak]}; {@code --env} is set for every UAS (e.g. MALLOC_ARENA_MAX=2);
 * {@code --repeats 0} skips the per-call measures, {@code --no-ceiling} is {@code --ceiling-repeats 0}.
 */
public final class ProcessRun {
    static final String BEGIN = "<!-- process:begin -->";
    static final String END = "<!-- process:end -->";
    private static final String SOAK_HEAP = "-Xmx64m";

    /** Everything one run measured. */
    record Report(Map<UasProcess.Kind, List<UasMeasures.PerCall>> perCall, List<UasMeasures.Ceiling> ceilings,
            List<UasMeasures.Soak> soaks, Map<String, Double> startStop) {
    }

    private ProcessRun() {
    }

    public static void main(String[] args) throws Exception {
        ProcessPlan plan = ProcessPlan.FULL;
        Path doc = null;
        int repeats = plan.repeats();
        int ceilingRepeats = 1;
        boolean soak = true;
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--doc" -> doc = Path.of(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--smoke" -> plan = ProcessPlan.SMOKE;
                case "--ceiling-repeats" -> ceilingRepeats = Integer.parseInt(args[++i]);
                case "--no-ceiling" -> ceilingRepeats = 0;
                case "--no-soak" -> soak = false;
                case "--env" -> {
                    String[] kv = args[++i].split("=", 2);
                    env.put(kv[0], kv[1]);
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Report report = measure(plan, repeats, env, ceilingRepeats, soak);
        String section = "Measured " + LocalDate.now() + " on " + BenchRun.machine() + "; each UAS on one CPU,"
                + " SIPp on the other" + (env.isEmpty() ? "" : "; UAS environment " + env) + ".\n\n"
                + ProcessTable.render(report, plan);
        System.out.println();
        System.out.print(section);
        if (doc != null) {
            BenchRun.writeInto(doc, BEGIN, END, section);
        }
    }

    static Report measure(ProcessPlan plan, int repeats, Map<String, String> env, int ceilingRepeats,
            boolean soak) throws Exception {
        UasMeasures m = new UasMeasures(plan, env);
        Map<UasProcess.Kind, List<UasMeasures.PerCall>> perCall = new EnumMap<>(UasProcess.Kind.class);
        for (int r = 0; r < repeats; r++) {
            for (UasProcess.Kind kind : UasProcess.Kind.values()) {
                perCall.computeIfAbsent(kind, k -> new ArrayList<>()).add(m.perCall(kind));
            }
        }
        List<UasMeasures.Ceiling> ceilings = new ArrayList<>();
        for (int r = 0; r < ceilingRepeats; r++) {
            // Interleaved, so that a spell of load from elsewhere falls on every kind's runs alike.
            ceilings.add(m.ceiling(UasProcess.Kind.NATIVE));
            ceilings.add(m.ceiling(UasProcess.Kind.FACADE));
            ceilings.add(m.ceiling(UasProcess.Kind.FACADE_AUTO_ANSWER));
        }
        List<UasMeasures.Soak> soaks = new ArrayList<>();
        if (soak) {
            soaks.add(m.soak("native", UasProcess.Kind.NATIVE, env));
            soaks.add(m.soak("facade", UasProcess.Kind.FACADE, env));
            // The default heap (a quarter of the machine's memory at most) takes fresh pages for its
            // young generation for many thousands of calls; a service sets its heap, and then what
            // still grows is native memory.
            Map<String, String> setHeap = new LinkedHashMap<>(env);
            setHeap.merge(UasMeasures.JVM_OPTIONS, SOAK_HEAP, (given, ours) -> given + " " + ours);
            soaks.add(m.soak("facade, " + SOAK_HEAP, UasProcess.Kind.FACADE, setHeap));
            soaks.add(m.soak("facade, autoAnswer, " + SOAK_HEAP, UasProcess.Kind.FACADE_AUTO_ANSWER, setHeap));
        }
        return new Report(perCall, ceilings, soaks, StartStopRun.measure(plan.startStopRounds()));
    }
}
