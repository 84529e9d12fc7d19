package org.pjsua4j.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The sweep's numbers per batch (layer and state), and the list of failing cases. */
final class SweepSummary {
    private final List<ForkedBatch.Result> results = new ArrayList<>();

    synchronized void add(ForkedBatch.Result r) {
        results.add(r);
    }

    synchronized List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-7s %-28s %6s %8s %7s %8s %6s %6s %6s %6s %5s %7s", "layer", "state", "cases",
                "accepted", "refused", "unnamed", "wrong", "unsafe", "crash", "hang", "jvms", "seconds"));
        Map<Verdict, Integer> sum = new EnumMap<>(Verdict.class);
        int cases = 0;
        long millis = 0;
        for (ForkedBatch.Result r : results) {
            Map<Verdict, Integer> n = new EnumMap<>(Verdict.class);
            for (ForkedBatch.Outcome o : r.outcomes()) {
                n.merge(o.verdict(), 1, Integer::sum);
                sum.merge(o.verdict(), 1, Integer::sum);
            }
            cases += r.outcomes().size();
            millis += r.millis();
            lines.add(row(r.batch().layer, r.batch().state, r.outcomes().size(), n, r.jvms(), r.millis()));
        }
        lines.add(row("all", "", cases, sum, results.stream().mapToInt(ForkedBatch.Result::jvms).sum(), millis));
        return lines;
    }

    private static String row(String layer, String state, int cases, Map<Verdict, Integer> n, int jvms, long millis) {
        return String.format("%-7s %-28s %6d %8d %7d %8d %6d %6d %6d %6d %5d %7.1f", layer, state, cases,
                n.getOrDefault(Verdict.ACCEPTED, 0), n.getOrDefault(Verdict.REFUSED, 0),
                n.getOrDefault(Verdict.UNNAMED, 0), n.getOrDefault(Verdict.WRONG_TYPE, 0),
                n.getOrDefault(Verdict.UNSAFE_ACCEPT, 0), n.getOrDefault(Verdict.CRASH, 0),
                n.getOrDefault(Verdict.HANG, 0), jvms, millis / 1000.0);
    }

    synchronized List<String> failures() {
        List<String> lines = new ArrayList<>();
        for (ForkedBatch.Result r : results) {
            r.problems().forEach(p -> lines.add(r.batch() + " PROBLEM " + p));
            for (ForkedBatch.Outcome o : r.outcomes()) {
                if (o.verdict().failure) {
                    lines.add(r.batch() + " " + o.verdict() + " #" + o.index() + " " + o.name() + " -> " + o.detail());
                }
            }
        }
        return lines;
    }

    synchronized List<String> exclusions() {
        List<String> lines = new ArrayList<>();
        results.forEach(r -> r.excluded().forEach(e -> lines.add(r.batch() + " excluded " + e)));
        return lines;
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> all = new ArrayList<>(table());
        all.add("");
        all.addAll(exclusions());
        Files.write(dir.resolve("summary.txt"), all, StandardCharsets.UTF_8);
        Files.write(dir.resolve("failures.txt"), failures(), StandardCharsets.UTF_8);
    }
}
