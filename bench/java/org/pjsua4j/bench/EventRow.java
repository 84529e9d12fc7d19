package org.pjsua4j.bench;

/** One line of the call-event table: how many events were timed, their median and 99th percentile, and the target. */
record EventRow(String name, int count, double p50Micros, double p99Micros, String target) {

    static EventRow of(String name, Samples samples, String target) {
        return new EventRow(name, samples.count(), samples.percentileMicros(50), samples.percentileMicros(99), target);
    }
}
