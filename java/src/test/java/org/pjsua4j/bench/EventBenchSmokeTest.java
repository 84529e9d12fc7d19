package org.pjsua4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Keeps the call-event benchmark (bench/, EventBench) from rotting: a short run at a low rate through
 * the code bench/run uses, checking that every kind of event was timed on both sides and paired with
 * its listener. No timing is checked here.
 */
class EventBenchSmokeTest {

    @Test
    void callEventsAreTimedOnPjsipsThreadAndAtTheirListeners() throws Exception {
        EventBench.Result r = EventBench.run(new EventBench.Settings(200, Duration.ofMillis(300), Duration.ofSeconds(1)));
        String table = EventBench.table(r);

        assertEquals(0, r.failedCalls(), table);
        assertEquals(0, r.unpaired(), table);
        assertEquals(8, r.rows().size(), table);
        for (EventRow row : r.rows()) {
            assertTrue(row.count() > 0, row + "\n" + table);
            assertTrue(row.p50Micros() > 0 && row.p50Micros() <= row.p99Micros(), row + "\n" + table);
        }
        assertTrue(r.stateEventsPerSecond() > 0, table);
    }
}
