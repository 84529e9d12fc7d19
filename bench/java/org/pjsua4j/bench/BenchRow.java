package org.pjsua4j.bench;

import java.util.List;
import java.util.Locale;

/**
 * One benchmark's line of the ratio table: the C baseline and Java in ns/op from the same run, the
 * bytes Java allocated per op (NaN without JMH's gc profiler) and the target from issue 11.
 */
record BenchRow(String name, double cNs, double javaNs, double bytesPerOp, String target) {

    double ratio() {
        return javaNs / cNs;
    }

    /** The table as Markdown, which reads as plain text too. */
    static String table(List<BenchRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| benchmark | C ns/op | Java ns/op | ratio | B/op | target |\n");
        sb.append("|---|---:|---:|---:|---:|---|\n");
        for (BenchRow r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f× | %s | %s |%n", r.name, r.cNs, r.javaNs,
                    r.ratio(), Double.isNaN(r.bytesPerOp) ? "–" : String.format(Locale.ROOT, "%.0f", r.bytesPerOp),
                    r.target));
        }
        return sb.toString();
    }
}
