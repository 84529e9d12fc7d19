package org.pjsua4j.bench;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.AudioAttachment;
import org.pjsua4j.AudioSink;
import org.pjsua4j.AudioSource;
import org.pjsua4j.Call;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.MediaStatus;
import org.pjsua4j.PcmFormat;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/**
 * CPU of calls whose audio streams through Java (a sink with a listener and a source fed every
 * 20 ms, on every call) against the same calls each playing a WAV file: the process's CPU time per
 * call and second, both measured in one run. Arguments: {@code [--calls N] [--seconds S]}.
 */
public final class StreamCalls {
    private StreamCalls() {
    }

    /** What one run measured. */
    record Cpu(String mode, int calls, double cpuMsPerCallSecond, long frames, long dropped) {
    }

    public static void main(String[] args) throws Exception {
        int calls = 64;
        int seconds = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Cpu> runs = run(calls, seconds);
        Cpu wav = runs.get(0);
        Cpu frames = runs.get(1);
        System.out.printf("%n%d calls, %d s each: WAV playback %.3f ms CPU per call-second; frames both ways %.3f"
                + " (%.2fx), %d frames delivered, %d dropped%n", calls, seconds, wav.cpuMsPerCallSecond(),
                frames.cpuMsPerCallSecond(), frames.cpuMsPerCallSecond() / wav.cpuMsPerCallSecond(), frames.frames(),
                frames.dropped());
    }

    /** The WAV run, then the frames run, on one endpoint. */
    static List<Cpu> run(int calls, int seconds) throws Exception {
        Path wav = Files.createTempFile("pjsua4j-stream-calls", ".wav");
        writeTone(wav, 8000, 2);
        try (Endpoint endpoint = Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0).maxCalls(calls).build())) {
            Transport udp = endpoint.transports().get(0);
            Account caller = endpoint.addAccount(AccountConfig.builder(udp.uri("caller")).build(), new AccountListener() { });
            List<Call> all = new CopyOnWriteArrayList<>();
            endpoint.addAccount(AccountConfig.builder(udp.uri("callee")).build(), new AccountListener() {
                @Override
                public void onIncomingCall(Call incoming) {
                    all.add(incoming);
                    incoming.answer(200);
                }
            });
            for (int i = 0; i < calls / 2; i++) {
                Call out = caller.makeCall(udp.uri("callee"), new CallListener() { });
                out.stateFuture(CallState.CONFIRMED).get(30, TimeUnit.SECONDS);
                all.add(out);
            }
            awaitAudio(all, calls / 2 * 2);
            List<Cpu> runs = new ArrayList<>();
            runs.add(measure("wav", all, seconds, () -> {
                List<AudioAttachment> attached = new ArrayList<>();
                for (Call c : all) {
                    attached.add(c.play(wav, true));
                }
                return new Running(attached, null, new AtomicLong(), () -> 0);
            }));
            runs.add(measure("frames", all, seconds, () -> streamBothWays(all)));
            return runs;
        } finally {
            Files.deleteIfExists(wav);
        }
    }

    private static void awaitAudio(List<Call> all, int legs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (all.size() == legs && all.stream().allMatch(c -> c.info().mediaStatus() == MediaStatus.ACTIVE)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not every call's audio became active");
    }

    /** The attachments of one run and what feeds them. */
    record Running(List<AudioAttachment> attached, ScheduledExecutorService feeder, AtomicLong frames,
            LongSupplier dropped) {
    }

    @FunctionalInterface
    interface Setup {
        Running start() throws Exception;
    }

    private static Running streamBothWays(List<Call> all) {
        List<AudioAttachment> attached = new ArrayList<>();
        List<AudioSource> sources = new ArrayList<>();
        List<AudioSink> sinks = new ArrayList<>();
        AtomicLong frames = new AtomicLong();
        for (Call c : all) {
            AudioSink sink = c.openAudioSink(PcmFormat.NARROWBAND, 10, f -> frames.incrementAndGet());
            AudioSource source = c.openAudioSource(PcmFormat.NARROWBAND, 4);
            sinks.add(sink);
            sources.add(source);
            attached.add(sink);
            attached.add(source);
        }
        ByteBuffer frame = ByteBuffer.allocateDirect(PcmFormat.NARROWBAND.bytesPerFrame());
        ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();
        feeder.scheduleAtFixedRate(() -> {
            for (AudioSource s : sources) {
                s.offer(frame.clear());
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
        return new Running(attached, feeder, frames, () -> sinks.stream().mapToLong(AudioSink::droppedFrames).sum());
    }

    private static Cpu measure(String mode, List<Call> all, int seconds, Setup setup) throws Exception {
        Running running = setup.start();
        try {
            Thread.sleep(2000);
            long framesBefore = running.frames().get();
            long cpuBefore = processCpuNanos();
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            long cpu = processCpuNanos() - cpuBefore;
            return new Cpu(mode, all.size(), cpu / 1e6 / all.size() / seconds, running.frames().get() - framesBefore,
                    running.dropped().getAsLong());
        } finally {
            if (running.feeder() != null) {
                running.feeder().shutdownNow();
            }
            running.attached().forEach(AudioAttachment::close);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void writeTone(Path file, int rate, int seconds) throws java.io.IOException {
        int n = rate * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + n * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + n * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(n * 2);
        for (int i = 0; i < n; i++) {
            b.putShort((short) Math.round(0.5 * 32767 * Math.sin(2 * Math.PI * 1000 * i / rate)));
        }
        Files.write(file, b.array());
    }
}
