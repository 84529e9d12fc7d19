package org.pjsua4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Child-JVM main of {@link ThreadStormTest}: batches of short-lived threads, each calling into pjsua
 * once ({@link Endpoint#callCount}, so each is registered with pjlib on the way), a few at a time.
 * Prints the resident set size after a warm-up and after each batch, each after a GC, as
 * {@code storm.name=value} lines. With {@code calls} "none" the threads do not call in: the growth the
 * JVM itself shows for so many threads.
 *
 * <p>Run it with a fixed, pre-touched heap ({@code -Xms = -Xmx}, {@code -XX:+AlwaysPreTouch}) and one
 * malloc arena ({@code MALLOC_ARENA_MAX=1}), so that neither heap growth nor glibc's arena
 * fragmentation hides or imitates a native leak.
 */
final class ShortLivedThreads {
    private static final int WARM_UP = 2000;
    private static final int AT_ONCE = 4;

    private final Endpoint ep;
    private final boolean callIn;
    private final LongAdder calledIn = new LongAdder();
    private final LongAdder failed = new LongAdder();

    private ShortLivedThreads(Endpoint ep, boolean callIn) {
        this.ep = ep;
        this.callIn = callIn;
    }

    /** @param args platform|virtual, threads per batch, batches, callCount|none */
    public static void main(String[] args) throws Exception {
        ThreadFactory threads = StormThreads.factory(args[0]);
        int perBatch = Integer.parseInt(args[1]);
        int batches = Integer.parseInt(args[2]);
        try (Endpoint ep = Loopback.endpoint()) {
            new ShortLivedThreads(ep, args[3].equals("callCount")).run(threads, perBatch, batches);
        }
        System.exit(0);
    }

    private void run(ThreadFactory threads, int perBatch, int batches) throws Exception {
        batch(threads, WARM_UP);
        long before = rssKb();
        print("rssKb.0", before);
        long total = WARM_UP;
        for (int b = 1; b <= batches; b++) {
            long start = System.nanoTime();
            batch(threads, perBatch);
            total += perBatch;
            long rss = rssKb();
            print("rssKb." + b, rss);
            print("growthKb." + b, rss - before);
            print("batchMs." + b, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            before = rss;
        }
        print("threads", total);
        print("calledIn", calledIn.sum());
        print("failed", failed.sum());
    }

    /** Runs {@code n} threads, {@link #AT_ONCE} alive at a time, each started after one has ended. */
    private void batch(ThreadFactory threads, int n) throws InterruptedException {
        AtomicLong left = new AtomicLong(n);
        Thread[] launchers = new Thread[AT_ONCE];
        for (int i = 0; i < AT_ONCE; i++) {
            launchers[i] = new Thread(() -> {
                while (left.getAndDecrement() > 0) {
                    Thread t = threads.newThread(this::once);
                    t.start();
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            launchers[i].start();
        }
        for (Thread l : launchers) {
            l.join();
        }
    }

    private void once() {
        if (!callIn) {
            return;
        }
        try {
            ep.callCount();
            calledIn.increment();
        } catch (RuntimeException e) {
            failed.increment();
            e.printStackTrace(System.out);
        }
    }

    /** @return VmRSS after a GC, in kB */
    private static long rssKb() throws IOException, InterruptedException {
        System.gc();
        Thread.sleep(200);
        System.gc();
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("/proc/self/status has no VmRSS line");
    }

    private static void print(String name, Object value) {
        System.out.println("storm." + name + "=" + value);
    }
}
