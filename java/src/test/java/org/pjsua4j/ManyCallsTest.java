package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 64 simultaneous calls with audio in both directions, both legs in one endpoint (128 RTP streams
 * through one conference bridge), with pjsua's first codec (speex at 16 kHz) and with G.711. Prints
 * the CPU the process used while they ran; asserts that audio flowed on every leg.
 */
class ManyCallsTest {
    private static final int CALLS = 64;
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final long WINDOW_MS = 3000;

    @ParameterizedTest
    @ValueSource(strings = {"speex/16000/1", "PCMU/8000/1"})
    void sixtyFourCallsCarryAudioAtOnce(String codec) throws Exception {
        try (Endpoint ep = Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .maxCalls(2 * CALLS + 2)
                .build())) {
            ep.setCodecPriority(codec, Codec.HIGHEST_PRIORITY);
            List<Call> incoming = new java.util.concurrent.CopyOnWriteArrayList<>();
            Account callee = Loopback.account(ep, "callee", new AccountListener() {
                @Override
                public void onIncomingCall(Call call) {
                    incoming.add(call);
                    call.answer(200);
                }
            });
            Account caller = Loopback.account(ep, "caller", new AccountListener() {
            });
            List<Call> outgoing = new ArrayList<>();
            List<CallEvents> events = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                CallEvents e = new CallEvents();
                events.add(e);
                outgoing.add(caller.makeCall(callee.uri(), e));
            }
            for (CallEvents e : events) {
                e.mediaActive.get(T, MILLISECONDS);
            }
            assertEquals(2 * CALLS, ep.callCount());
            assertEquals(codec.substring(0, codec.indexOf('/')), outgoing.get(0).info().audio().orElseThrow().codec());

            List<Call> legs = new ArrayList<>(outgoing);
            legs.addAll(incoming);
            long[] before = rxPackets(legs);
            long cpuBefore = processCpuNanos();
            long wallBefore = System.nanoTime();
            Thread.sleep(WINDOW_MS);
            long cpu = processCpuNanos() - cpuBefore;
            long wall = System.nanoTime() - wallBefore;
            long[] after = rxPackets(legs);

            long least = Long.MAX_VALUE;
            for (int i = 0; i < legs.size(); i++) {
                least = Math.min(least, after[i] - before[i]);
            }
            double cpuPct = 100.0 * cpu / wall;
            System.out.printf("%s: %d calls (%d legs) up; over %d ms each leg received >= %d RTP packets; process"
                    + " CPU %.1f%% of one core (%.2f%% per call)%n", codec, CALLS, legs.size(), wall / 1_000_000,
                    least, cpuPct, cpuPct / CALLS);
            // 20 ms packets: 50 per second per stream; a loaded CI machine may delay some.
            assertTrue(least >= WINDOW_MS / 20 * 6 / 10, "every leg received audio; the least: " + least);
            ep.hangupAll();
            for (CallEvents e : events) {
                assertEquals(CallState.DISCONNECTED, e.disconnected.get(T, MILLISECONDS).state());
            }
        }
    }

    private static long[] rxPackets(List<Call> legs) {
        long[] counts = new long[legs.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = legs.get(i).mediaStats().rxPackets();
        }
        return counts;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
