package org.pjsua4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A child JVM for {@link PresenceChurnTest}: one account changes its online status in a tight loop
 * while watchers keep subscribing to it and unsubscribing, so that watchers' subscriptions end while
 * pjsua walks the account's list of them. Prints {@code storm.toggles} and {@code storm.rounds}.
 *
 * <p>Arguments: seconds, watchers per round.
 */
public final class PresenceChurn {
    private PresenceChurn() {
    }

    /** Held, so the level stays: a walk circling on its entry logs an assertion per turn, gigabytes a minute. */
    private static final Logger PJSIP = Logger.getLogger("org.pjsua4j.pjsip");

    public static void main(String[] args) throws Exception {
        PJSIP.setLevel(Level.OFF);
        long seconds = Long.parseLong(args[0]);
        int watchers = Integer.parseInt(args[1]);
        try (Endpoint ep = Endpoint.start(EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0)
                .maxCalls(4).build())) {
            Account bob = Loopback.account(ep, "bob", new AccountListener() {
            });
            List<Account> watching = new ArrayList<>();
            for (int i = 0; i < watchers; i++) {
                watching.add(Loopback.account(ep, "watcher" + i, new AccountListener() {
                }));
            }
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong toggles = new AtomicLong();
            Thread toggler = new Thread(() -> {
                boolean online = true;
                while (running.get()) {
                    bob.setOnlineStatus(online, online ? "here" : null);
                    online = !online;
                    toggles.incrementAndGet();
                }
            }, "presence-toggler");
            toggler.start();
            long rounds = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                List<Buddy> buddies = new ArrayList<>();
                for (Account w : watching) {
                    buddies.add(w.addBuddy(bob.uri(), (b, p) -> { }));
                }
                Thread.sleep(20);
                for (Buddy b : buddies) {
                    b.close();
                }
                rounds++;
            }
            running.set(false);
            toggler.join(Duration.ofSeconds(10).toMillis());
            if (toggler.isAlive()) {
                System.out.println("storm.stuck=1");
                Runtime.getRuntime().halt(3);
            }
            System.out.println("storm.toggles=" + toggles.get());
            System.out.println("storm.rounds=" + rounds);
        }
    }
}
