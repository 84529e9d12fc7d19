package org.pjsua4j.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Durations in ns from any number of threads, up to a fixed count (later ones are dropped), and their percentiles. */
final class Samples {
    private final long[] values;
    private final AtomicInteger count = new AtomicInteger();

    Samples(int capacity) {
        values = new long[capacity];
    }

    void add(long nanos) {
        int i = count.getAndIncrement();
        if (i < values.length) {
            values[i] = nanos;
        }
    }

    int count() {
        return Math.min(count.get(), values.length);
    }

    /** The nearest-rank percentile, in µs; NaN without samples. Call once the adding threads are done. */
    double percentileMicros(double p) {
        int n = count();
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * n);
        return sorted[Math.max(rank, 1) - 1] / 1000.0;
    }
}
