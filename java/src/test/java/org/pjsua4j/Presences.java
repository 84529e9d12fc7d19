package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A buddy listener that keeps what it was told, and the threads that told it. */
final class Presences implements BuddyListener {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<BuddyPresence> queue = new LinkedBlockingQueue<>();
    final List<BuddyPresence> all = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onPresence(Buddy buddy, BuddyPresence presence) {
        threads.add(Thread.currentThread().getName());
        all.add(presence);
        queue.add(presence);
    }

    /** @return the first presence from now on that matches, failing after {@link #WAIT} with what arrived */
    BuddyPresence await(String what, Predicate<BuddyPresence> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        BuddyPresence p;
        while ((p = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
            if (wanted.test(p)) {
                return p;
            }
        }
        return fail("no presence " + what + " within " + WAIT + "; arrived: " + all);
    }

    /** Fails if anything arrives within {@code quiet}. */
    void expectNothing(Duration quiet) throws InterruptedException {
        assertNull(queue.poll(quiet.toMillis(), TimeUnit.MILLISECONDS), "no event after close");
    }
}
