package org.pjsua4j.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What the platform charges for the facade's hand-over with no facade in it: one Java thread hands a
 * timestamp to another parked in {@link LinkedTransferQueue#take}, as pjsip's thread hands an event to
 * an idle event thread, at the call-event bench's pace. The hand-over's own time is a floor under the
 * "on pjsip's thread" rows, the wake-up's under the "→ listener" rows: a target below the wake-up's
 * p50 can be met only by a thread that spins instead of parking, which burns a core while idle.
 */
final class HandOverFloor {
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final Long STOP = Long.MIN_VALUE;

    private HandOverFloor() {
    }

    /** The two rows, each from one hand-over a millisecond for {@code duration}. */
    static List<EventRow> measure(Duration duration) throws InterruptedException {
        int capacity = (int) Math.min(Integer.MAX_VALUE, duration.toNanos() / PAUSE_NANOS + 1);
        Samples handOver = new Samples(capacity);
        Samples wakeUp = new Samples(capacity);
        LinkedTransferQueue<Long> queue = new LinkedTransferQueue<>();
        Thread consumer = new Thread(() -> {
            try {
                for (Long sent = queue.take(); !sent.equals(STOP); sent = queue.take()) {
                    wakeUp.add(System.nanoTime() - sent);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pjsua4j-bench-floor");
        consumer.setDaemon(true);
        consumer.start();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            LockSupport.parkNanos(PAUSE_NANOS);
            long sent = System.nanoTime();
            // Only to a parked taker, as the event pool's queue takes a task: a miss means the
            // consumer has not parked again yet, and the next round tries again.
            if (queue.tryTransfer(sent)) {
                handOver.add(System.nanoTime() - sent);
            }
        }
        queue.put(STOP);
        consumer.join(TimeUnit.SECONDS.toMillis(10));
        String floor = "none (context: the platform's floor)";
        return List.of(EventRow.of("floor: hand-over to a parked thread", handOver, floor),
                EventRow.of("floor: hand-over → the parked thread runs", wakeUp, floor));
    }
}
