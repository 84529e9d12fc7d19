package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Many threads at once, and very many one after another, calling the facade; each run in a child JVM
 * (a crash or a hang is then a failed test). The storms check for crashes, hangs, lost calls and a
 * slow or incomplete close while the threads still call, never for speed: the figures are printed. Durations and sizes are system properties,
 * so a longer run is one {@code -D} away:
 * {@code pjsua4j.storm.seconds} (60), {@code pjsua4j.storm.platformThreads} (32),
 * {@code pjsua4j.storm.virtualThreads} (2000), {@code pjsua4j.storm.shortLivedThreads} (100000 per
 * batch), {@code pjsua4j.storm.batches} (2).
 */
class ThreadStormTest {
    private static final long SECONDS = Long.getLong("pjsua4j.storm.seconds", 60);
    private static final int PLATFORM_THREADS = Integer.getInteger("pjsua4j.storm.platformThreads", 32);
    private static final int VIRTUAL_THREADS = Integer.getInteger("pjsua4j.storm.virtualThreads", 2000);
    private static final int SHORT_LIVED = Integer.getInteger("pjsua4j.storm.shortLivedThreads", 100_000);
    private static final int BATCHES = Integer.getInteger("pjsua4j.storm.batches", 2);
    /** With no operation completing for this long, the child dumps its threads and fails. */
    private static final long STALL_SECONDS = 30;
    /** Hang detection of last resort, beyond the storm itself; generous for a loaded machine. */
    private static final Duration GRACE = Duration.ofSeconds(240);
    private static final long CLOSE_MS = 20_000;
    /**
     * pjlib's descriptor of a registered thread is 512 bytes (64 longs): one kept per thread would
     * grow a batch of 100,000 threads by 51 MB (61 MB measured, with malloc's overhead). The child runs with a fixed heap and one malloc arena:
     * with glibc's default of 8 per core, arena fragmentation alone adds about 3 MB per 100,000
     * threads, with or without calling in; with one, a batch after the first grows by under 0.5 MB.
     */
    private static final long LEAK_BYTES_PER_THREAD = 64;
    /** What glibc's and the JVM's caches still fill after the first batch when batches are small. */
    private static final long ONE_TIME_BYTES = 4L << 20;

    @Test
    void platformThreadsStormOneEndpoint() throws Exception {
        storm(Path.of(System.getProperty("java.home")), "platform", PLATFORM_THREADS);
    }

    @Test
    void virtualThreadsStormOneEndpoint() throws Exception {
        Optional<Path> jdk = ChildJvm.withVirtualThreads();
        assumeTrue(jdk.isPresent(), "no JDK 21+ here nor under /usr/lib/jvm");
        storm(jdk.get(), "virtual", VIRTUAL_THREADS);
    }

    @Test
    void shortLivedThreadsLeaveNoNativeMemoryBehind() throws Exception {
        ChildJvm.Outcome run = ChildJvm.run(Path.of(System.getProperty("java.home")), Map.of("MALLOC_ARENA_MAX", "1"),
                List.of("-Xms64m", "-Xmx64m", "-XX:+AlwaysPreTouch"), ShortLivedThreads.class,
                List.of("platform", Integer.toString(SHORT_LIVED), Integer.toString(BATCHES), "callCount"), GRACE);
        System.out.println(run.values());
        assertFalse(run.timedOut(), "hung:\n" + run.output());
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(0, run.number("failed"), run.output());
        assertEquals(run.number("threads"), run.number("calledIn"));
        // The first batch fills caches (glibc's arena and stack cache, the JVM's); later ones must not grow.
        for (int b = 2; b <= BATCHES; b++) {
            long growthKb = run.number("growthKb." + b);
            assertTrue(growthKb * 1024 < LEAK_BYTES_PER_THREAD * SHORT_LIVED + ONE_TIME_BYTES,
                    "batch " + b + " of " + SHORT_LIVED + " threads grew the RSS by " + growthKb + " kB: " + run.values());
        }
    }

    private static void storm(Path jdk, String kind, int threads) throws Exception {
        ChildJvm.Outcome run = ChildJvm.run(jdk, Map.of(), List.of("-Xcheck:jni"), CallStorm.class,
                List.of(kind, Integer.toString(threads), Long.toString(SECONDS), Long.toString(STALL_SECONDS)),
                GRACE.plusSeconds(SECONDS));
        System.out.println(kind + " storm: " + run.values());
        // The child's own account of a failure (stuck calls, pjsip's errors) would be lost with it.
        Files.writeString(Path.of("target", "storm-" + kind + ".log"), run.output());
        assertFalse(run.timedOut(), "hung:\n" + run.output());
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(0, run.number("unexpected"), run.output());
        assertTrue(run.number("callsConfirmed") > 0, "no call was ever answered: " + run.values());
        assertEquals(0, run.number("callsAtEnd"), "pjsua still holds calls: " + run.values());
        assertEquals(0, run.number("facadeCallsAtEnd"), "calls never reported DISCONNECTED: " + run.values());
        assertTrue(run.number("closeMs") < CLOSE_MS, "close took " + run.number("closeMs") + " ms");
        assertEquals(0, run.number("facadeCallsAfterClose"), "calls close did not end: " + run.values());
    }
}
