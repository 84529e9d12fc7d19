package org.pjsua4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the C baseline, then the JMH benchmarks, and prints the ratio table (bench/run calls this),
 * then the call-event run ({@link EventBench}) and its table.
 * Arguments: {@code [--baseline-iterations N] [--event-rate N] [--event-seconds N] [--events-only]
 * [--doc docs/performance.md] [JMH options]}; JMH options given override the defaults here (1 fork, 3
 * warm-up and 5 measured iterations of 1 s, -prof gc); the event run's defaults are 1,000 call-state
 * events/s for 10 s after 5 s of warm-up. {@code --events-only} prints the event table alone and
 * leaves the doc as it is.
 */
public final class BenchRun {
    private static final String BEGIN = "<!-- bench:begin -->";
    private static final String END = "<!-- bench:end -->";
    private static final Map<String, String> TARGETS = Map.of(
            "getState", "none (context: JNI floor)",
            "accGetInfo", "≤ 2×",
            "callGetInfo", "≤ 2×",
            "accountInfo", "≤ 2×, ≤ 256 B/op",
            "callInfo", "≤ 2×, ≤ 256 B/op",
            "callCount", "none (context: facade floor)");

    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        long iterations = 1_000_000;
        Path doc = null;
        int eventRate = 1000;
        int eventSeconds = 10;
        boolean eventsOnly = false;
        List<String> jmhArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--baseline-iterations" -> iterations = Long.parseLong(args[++i]);
                case "--doc" -> doc = Path.of(args[++i]);
                case "--event-rate" -> eventRate = Integer.parseInt(args[++i]);
                case "--event-seconds" -> eventSeconds = Integer.parseInt(args[++i]);
                case "--events-only" -> eventsOnly = true;
                default -> jmhArgs.add(args[i]);
            }
        }
        EventBench.Settings eventLoad = new EventBench.Settings(eventRate, Duration.ofSeconds(5),
                Duration.ofSeconds(eventSeconds));
        if (eventsOnly) {
            System.out.print(EventBench.table(EventBench.run(eventLoad)));
            return;
        }
        List<BenchRow> rows = measure(withDefaults(jmhArgs.toArray(String[]::new)), Baseline.program(), iterations);
        EventBench.Result events = EventBench.run(eventLoad);
        String section = section(rows) + "\n" + EventBench.table(events);
        System.out.println();
        System.out.print(section);
        if (doc != null) {
            writeInto(doc, BEGIN, END, section);
        }
    }

    /** The C baseline, then JMH with these options; one row per benchmark the baseline also ran. */
    static List<BenchRow> measure(Options jmh, Path baseline, long iterations)
            throws IOException, InterruptedException, RunnerException {
        Map<String, Double> c = Baseline.run(baseline, iterations);
        List<BenchRow> rows = new ArrayList<>();
        for (RunResult r : new Runner(jmh).run()) {
            String label = r.getParams().getBenchmark();
            String name = label.substring(label.lastIndexOf('.') + 1);
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            Result<?> time = r.getPrimaryResult();
            rows.add(new BenchRow(name, c.getOrDefault(name, Double.NaN), time.getScore(), time.getScoreError(),
                    alloc == null ? Double.NaN : alloc.getScore(), TARGETS.getOrDefault(name, "–")));
        }
        List<String> order = List.copyOf(c.keySet());
        rows.sort(Comparator.comparingInt(row -> order.indexOf(row.name())));
        return rows;
    }

    /** Both benchmark classes, average time in ns, a failed setup failing the run. */
    static ChainedOptionsBuilder base() {
        return new OptionsBuilder()
                .shouldFailOnError(true)
                .include(RawBench.class.getName())
                .include(FacadeBench.class.getName())
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS);
    }

    /** base() with the JMH options given; where they say nothing, this class's defaults. */
    private static Options withDefaults(String[] args) throws CommandLineOptionException {
        CommandLineOptions cmd = new CommandLineOptions(args);
        ChainedOptionsBuilder b = base().parent(cmd);
        if (!cmd.getForkCount().hasValue()) {
            b.forks(1);
        }
        if (!cmd.getWarmupIterations().hasValue()) {
            b.warmupIterations(3);
        }
        if (!cmd.getMeasurementIterations().hasValue()) {
            b.measurementIterations(5);
        }
        if (!cmd.getWarmupTime().hasValue()) {
            b.warmupTime(TimeValue.seconds(1));
        }
        if (!cmd.getMeasurementTime().hasValue()) {
            b.measurementTime(TimeValue.seconds(1));
        }
        if (cmd.getProfilers().isEmpty()) {
            b.addProfiler(GCProfiler.class);
        }
        return b.build();
    }

    private static String section(List<BenchRow> rows) throws IOException {
        return "Measured " + LocalDate.now() + " on " + machine() + ".\n\n" + BenchRow.table(rows);
    }

    /** nproc, CPU model, JDK and the load at the end: what the numbers depend on besides the code. */
    static String machine() throws IOException {
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst().orElse("unknown CPU");
        return Runtime.getRuntime().availableProcessors() + " × " + cpu + ", " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.runtime.version") + ", load average " + load;
    }

    /** Replaces the text between the markers begin and end of doc with section. */
    static void writeInto(Path doc, String begin, String end, String section) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(doc + " has no " + begin + " … " + end + " section");
        }
        Files.writeString(doc, text.substring(0, from + begin.length()) + "\n" + section + text.substring(to),
                StandardCharsets.UTF_8);
    }
}
