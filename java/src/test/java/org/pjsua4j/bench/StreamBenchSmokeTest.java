package org.pjsua4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Keeps bench/frames from rotting: FrameBench once in this JVM, and StreamCalls on four calls for a second. */
class StreamBenchSmokeTest {

    @Test
    void frameBenchmarksRunAndStreamCallsMovesFramesOnEveryCall() throws Exception {
        var results = new Runner(new OptionsBuilder().include(FrameBench.class.getName()).shouldFailOnError(true)
                .forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
                .addProfiler(GCProfiler.class).build()).run();
        assertEquals(2, results.size());
        for (RunResult r : results) {
            assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark());
        }
        List<StreamCalls.Cpu> runs = StreamCalls.run(4, 1);
        assertEquals(List.of("wav", "frames"), runs.stream().map(StreamCalls.Cpu::mode).toList());
        StreamCalls.Cpu frames = runs.get(1);
        assertTrue(frames.frames() >= 4 * 30, "four sinks for a second delivered " + frames.frames() + " frames");
        assertTrue(runs.get(0).cpuMsPerCallSecond() > 0 && frames.cpuMsPerCallSecond() > 0, runs.toString());
    }
}
