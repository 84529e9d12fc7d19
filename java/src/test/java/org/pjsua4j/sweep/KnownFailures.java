package org.pjsua4j.sweep;

import java.util.List;

/**
 * Failures the sweep tolerates for now, each with the mechanism that is to remove it. Empty once the
 * raw layer's guards cover every case.
 */
final class KnownFailures {
    private static final List<String> PREFIXES = List.of();

    private KnownFailures() {
    }

    static boolean covers(ForkedBatch.Outcome o) {
        return PREFIXES.stream().anyMatch(o.name()::startsWith);
    }
}
