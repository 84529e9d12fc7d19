package org.pjsua4j.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a UAS's resident memory and thread count every 200 ms on a thread of its own while it runs. */
final class Sampler implements AutoCloseable {
    /** One reading, ms after the sampler started. */
    record Sample(long atMs, long rssKb, long threads) {
    }

    private static final long PERIOD_MS = 200;
    private final UasProcess uas;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private final long t0 = System.nanoTime();
    private volatile boolean running = true;

    Sampler(UasProcess uas) {
        this.uas = uas;
        this.thread = new Thread(this::loop, "sampler-" + uas.kind().label());
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running && uas.isRunning()) {
            try {
                Sample s = new Sample((System.nanoTime() - t0) / 1_000_000, uas.rssKb(), uas.threads());
                synchronized (samples) {
                    samples.add(s);
                }
                Thread.sleep(PERIOD_MS);
            } catch (IOException | InterruptedException gone) {
                return;
            }
        }
    }

    /** Stops sampling. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    long peakRssKb() {
        return samples().stream().mapToLong(Sample::rssKb).max().orElse(0);
    }

    long peakThreads() {
        return samples().stream().mapToLong(Sample::threads).max().orElse(0);
    }
}
