package org.pjsua4j.torture;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The RFC 4475 table as text: a line per message and transport, then counts per answer class. */
final class Rfc4475Table {
    private Rfc4475Table() {
    }

    /** @return "same", "accepted: label", "listed, now same: label" or "DIFFERENT" */
    static String verdict(TortureRow r) {
        boolean same = TortureRow.answerClass(r.facade()) == TortureRow.answerClass(r.nativeApp());
        AcceptedDifferences.Difference why = AcceptedDifferences.reason(r.message(), r.transport());
        if (why == null) {
            return same ? "same" : "DIFFERENT";
        }
        return (same ? "listed, now same: " : "accepted: ") + why.label();
    }

    static String render(List<TortureRow> rows) {
        StringBuilder sb = new StringBuilder(String.format("%-11s %-4s %-12s %-12s %-6s %-20s %s%n",
                "message", "tp", "facade", "native", "alive", "verdict", "RFC 4475 expects"));
        Map<String, int[]> classes = new TreeMap<>();
        Map<String, String> reasons = new TreeMap<>();
        for (TortureRow r : rows) {
            sb.append(String.format("%-11s %-4s %-12s %-12s %-6s %-20s %s%n", r.message(), r.transport(), r.facade(),
                    r.nativeApp(), (r.facadeAlive() ? "y" : "N") + "/" + (r.nativeAlive() ? "y" : "N"), verdict(r),
                    Rfc4475Expectations.of(r.message())));
            AcceptedDifferences.Difference why = AcceptedDifferences.reason(r.message(), r.transport());
            if (why != null) {
                reasons.put(why.label(), why.reason());
            }
            classes.computeIfAbsent(r.transport() + " " + label(TortureRow.answerClass(r.facade())), k -> new int[2])[0]++;
            classes.computeIfAbsent(r.transport() + " " + label(TortureRow.answerClass(r.nativeApp())), k -> new int[2])[1]++;
        }
        sb.append(String.format("%nanswers by class   facade  native%n"));
        classes.forEach((k, v) -> sb.append(String.format("%-18s %6d  %6d%n", k, v[0], v[1])));
        sb.append(String.format("%naccepted differences%n"));
        reasons.forEach((label, reason) -> sb.append(String.format("%-10s %s%n", label, reason)));
        return sb.toString();
    }

    private static String label(int cls) {
        return cls == 0 ? "none" : cls + "xx";
    }
}
