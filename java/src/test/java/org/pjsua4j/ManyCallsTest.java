package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 64 simultaneous calls with audio in both directions, both legs in one endpoint (128 RTP streams
 * through one conference bridge), with pjsua's first codec (speex at 16 kHz) and with G.711. Prints
 * the CPU the process used while they ran.
 *
 * <p>Every leg must hear its peer. Until third_party/patches/pjmedia-udp-started-before-reads.patch,
 * about one run in four had a caller leg whose RTP socket was never read (0 packets received, the
 * kernel's receive queue full): the peer's first packet completed pjmedia's first read before the
 * transport counted as started. A silent leg is still described with its socket as the kernel sees
 * it, and must have been reported by {@link CallListener#onNoAudio}.
 */
class ManyCallsTest {
    private static final int CALLS = 64;
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final long WINDOW_MS = 3000;
    private static final Duration NO_AUDIO = Duration.ofSeconds(1);

    @ParameterizedTest
    @ValueSource(strings = {"speex/16000/1", "PCMU/8000/1"})
    void sixtyFourCallsCarryAudioAtOnce(String codec) throws Exception {
        try (Endpoint ep = Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .maxCalls(2 * CALLS + 2)
                .noAudioTimeout(NO_AUDIO)
                .build())) {
            ep.setCodecPriority(codec, Codec.HIGHEST_PRIORITY);
            Map<Call, CallEvents> events = new ConcurrentHashMap<>();
            Account callee = Loopback.account(ep, "callee", new AccountListener() {
                @Override
                public void onIncomingCall(Call call) {
                    CallEvents e = new CallEvents();
                    events.put(call, e);
                    call.setListener(e);
                    call.answer(200);
                }
            });
            Account caller = Loopback.account(ep, "caller", new AccountListener() {
            });
            List<Call> outgoing = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                CallEvents e = new CallEvents();
                Call call = caller.makeCall(callee.uri(), e);
                events.put(call, e);
                outgoing.add(call);
            }
            for (Call call : outgoing) {
                events.get(call).mediaActive.get(T, MILLISECONDS);
            }
            assertEquals(2 * CALLS, ep.callCount());
            assertEquals(codec.substring(0, codec.indexOf('/')), outgoing.get(0).info().audio().orElseThrow().codec());

            List<Call> legs = new ArrayList<>(events.keySet());
            long[] before = rxPackets(legs);
            long cpuBefore = processCpuNanos();
            long wallBefore = System.nanoTime();
            Thread.sleep(WINDOW_MS);
            long cpu = processCpuNanos() - cpuBefore;
            long wall = System.nanoTime() - wallBefore;
            long[] after = rxPackets(legs);

            // 20 ms packets: 50 per second per stream; a loaded CI machine may delay some.
            long enough = WINDOW_MS / 20 * 6 / 10;
            long least = Long.MAX_VALUE;
            List<Call> silent = new ArrayList<>();
            for (int i = 0; i < legs.size(); i++) {
                long got = after[i] - before[i];
                if (got < enough) {
                    silent.add(legs.get(i));
                } else {
                    least = Math.min(least, got);
                }
            }
            double cpuPct = 100.0 * cpu / wall;
            System.out.printf("%s: %d calls (%d legs) up; over %d ms %d legs received >= %d RTP packets, %d silent;"
                    + " process CPU %.1f%% of one core (%.2f%% per call)%n", codec, CALLS, legs.size(),
                    wall / 1_000_000, legs.size() - silent.size(), least, silent.size(), cpuPct, cpuPct / CALLS);
            for (Call leg : silent) {
                System.out.println("silent " + describe(leg, legs));
                Duration reported = events.get(leg).noAudio.get(T, MILLISECONDS);
                assertTrue(reported.compareTo(NO_AUDIO) >= 0, "reported after " + reported);
            }
            assertTrue(silent.isEmpty(), silent.size() + " legs without audio");
            ep.hangupAll();
            for (CallEvents e : events.values()) {
                assertEquals(CallState.DISCONNECTED, e.disconnected.get(T, MILLISECONDS).state());
            }
        }
    }

    /** A leg, and the leg whose RTP socket it sends to. */
    private static String describe(Call leg, List<Call> legs) {
        AudioStream audio = leg.info().audio().orElseThrow();
        StringBuilder s = new StringBuilder("leg: " + leg.info() + "\n stats " + leg.mediaStats());
        s.append("\n kernel: ").append(udpSockets(audio.localRtp()));
        for (Call other : legs) {
            AudioStream o = other.info().audio().orElseThrow();
            if (o.localRtp().equals(audio.remoteRtp())) {
                s.append("\npeer leg: ").append(other.info()).append("\n stats ").append(other.mediaStats());
            }
        }
        return s.toString();
    }

    /**
     * The kernel's sockets on the leg's RTP port (/proc/net/udp: local, remote, state, tx:rx queue,
     * ..., drops): whether the packets reach a socket that is not read (rx queue full, drops rising),
     * or another socket, is what tells the open defect's layer.
     */
    private static String udpSockets(String hostPort) {
        String port = String.format("%04X", Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)));
        try {
            List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/net/udp"));
            return lines.stream().filter(l -> l.trim().split("\\s+")[1].endsWith(":" + port)).toList().toString();
        } catch (java.io.IOException | RuntimeException e) {
            return "unreadable: " + e;
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
