package org.pjsua4j.bench;

import java.util.List;
import java.util.Locale;

/**
 * One benchmark's line of the ratio table: the C baseline and Java in ns/op from the same run, JMH's
 * 99.9 % error of the Java figure (NaN from a single iteration), the bytes Java allocated per op (NaN
 * without JMH's gc profiler) and the target from issue 11.
 */
record BenchRow(String name, double cNs, double javaNs, double javaError, double bytesPerOp, String target) {

    double ratio() {
        return javaNs / cNs;
    }

    /** The table as Markdown, which reads as plain text too. */
    static String table(List<BenchRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| benchmark | C ns/op | Java ns/op | ± | ratio | B/op | target |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (BenchRow r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s | %.1f× | %s | %s |%n", r.name, r.cNs,
                    r.javaNs, orDash(r.javaError, "%.1f"), r.ratio(), orDash(r.bytesPerOp, "%.0f"), r.target));
        }
        return sb.toString();
    }

    private static String orDash(double value, String format) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, format, value);
    }
}
