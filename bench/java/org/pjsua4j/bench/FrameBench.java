package org.pjsua4j.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.pjsua4j.AudioFrame;
import org.pjsua4j.AudioSink;
import org.pjsua4j.AudioSource;
import org.pjsua4j.Call;
import org.pjsua4j.Endpoint;
import org.pjsua4j.PcmFormat;
import org.pjsua4j.Tone;

/**
 * One frame of call audio crossing into Java and one crossing out, on a live call between two
 * accounts of one endpoint: each benchmark operation waits for the bridge's next frame, so its time
 * is the bridge's 20 ms tick, and JMH's -prof gc gives the allocation per frame. The sink's frames
 * also record their delivery latency (bridge tick to the reader), printed at the end. JMH's gc
 * profiler counts what every thread of the JVM allocates (pjsip's and the endpoint's too), which at
 * 50 frames a second is most of its figure; so each operation also counts what its own thread
 * allocated inside {@code read} and {@code write}, printed per frame at the end.
 */
@State(Scope.Benchmark)
public class FrameBench {
    private static final int MAX_SAMPLES = 100_000;
    private static final Duration WAIT = Duration.ofSeconds(1);

    private Endpoint endpoint;
    private AudioSink sink;
    private AudioSource source;
    private Frames outgoing;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    private final long[] latencies = new long[MAX_SAMPLES];
    private int samples;
    private long readBytes;
    private long reads;
    private long writeBytes;
    private long writes;

    @Setup(Level.Trial)
    public void start() throws Exception {
        LoopbackCall c = LoopbackCall.start();
        endpoint = c.endpoint();
        Call call = c.call();
        call.playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
        sink = call.openAudioSink(PcmFormat.NARROWBAND, 50);
        source = call.openAudioSource(PcmFormat.NARROWBAND, 2);
        outgoing = new Frames(PcmFormat.NARROWBAND);
    }

    @TearDown(Level.Trial)
    public void stop() {
        endpoint.close();
        if (samples > 0) {
            long[] sorted = Arrays.copyOf(latencies, samples);
            Arrays.sort(sorted);
            System.out.printf("%nframe delivery latency (bridge tick -> Java), %d frames: p50 %.1f us, p99 %.1f us, max %.1f us%n",
                    samples, sorted[samples / 2] / 1e3, sorted[(int) (samples * 0.99)] / 1e3, sorted[samples - 1] / 1e3);
            System.out.printf("allocated by the reading thread in AudioSink.read: %.2f B per frame (%d frames)%n",
                    (double) readBytes / reads, reads);
        }
        if (writes > 0) {
            System.out.printf("allocated by the writing thread in AudioSource.write: %.2f B per frame (%d frames)%n",
                    (double) writeBytes / writes, writes);
        }
    }

    /** Waits for the next frame the call hears; reuses the sink's frame. */
    @Benchmark
    public long receiveFrame() throws InterruptedException {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        AudioFrame frame = sink.read(WAIT);
        readBytes += THREADS.getCurrentThreadAllocatedBytes() - before;
        reads++;
        long latency = System.nanoTime() - frame.deliveredNanos();
        if (samples < MAX_SAMPLES) {
            latencies[samples++] = latency;
        }
        return frame.sequence();
    }

    /** Writes one frame, waiting for room: the bridge takes one per tick. */
    @Benchmark
    public boolean sendFrame() throws InterruptedException {
        java.nio.ByteBuffer frame = outgoing.next();
        long before = THREADS.getCurrentThreadAllocatedBytes();
        boolean written = source.write(frame, WAIT);
        writeBytes += THREADS.getCurrentThreadAllocatedBytes() - before;
        writes++;
        return written;
    }

    /** A constant frame in one reused buffer. */
    private static final class Frames {
        private final java.nio.ByteBuffer frame;

        Frames(PcmFormat format) {
            frame = java.nio.ByteBuffer.allocateDirect(format.bytesPerFrame());
        }

        java.nio.ByteBuffer next() {
            return frame.clear();
        }
    }
}
