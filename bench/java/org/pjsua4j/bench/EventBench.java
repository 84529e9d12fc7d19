package org.pjsua4j.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;
import org.pjsua4j.raw.TimedCallback;
import org.pjsua4j.raw.TimedCallback.Kind;

/**
 * Call events at a steady rate, timed where the facade handles them: short calls from alice to bob,
 * two accounts of one endpoint on 127.0.0.1, started as fast as keeps the call-state events (both
 * sides' together) at the rate asked. One thread of the bench answers and hangs up, so listeners only
 * note the time and no listener's work delays the next event of its call. Once the calls have
 * drained, {@link HandOverFloor} adds what the same hand-over costs with no facade in it.
 */
final class EventBench {
    /** Calls in progress at most: a stalled endpoint slows the load instead of piling calls up. */
    private static final int MAX_ACTIVE = 200;
    /** The hand-over floor's run, or the measured time if shorter. */
    private static final Duration FLOOR_TIME = Duration.ofSeconds(5);

    /** How hard and how long. */
    record Settings(int stateEventsPerSecond, Duration warmUp, Duration measured) {
    }

    /** The figures of one run. */
    record Result(Settings settings, double stateEventsPerSecond, int calls, int failedCalls, int unpaired,
            long eventThreads, List<EventRow> rows) {
    }

    private final Settings settings;
    private final EventProbe probe;
    private final Queue<Runnable> actions = new ConcurrentLinkedQueue<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    private EventBench(Settings settings) {
        this.settings = settings;
        long seconds = settings.warmUp().plus(settings.measured()).toSeconds() + 1;
        this.probe = new EventProbe((int) Math.min(Integer.MAX_VALUE, settings.stateEventsPerSecond() * seconds * 2));
    }

    static Result run(Settings settings) throws Exception {
        return new EventBench(settings).load();
    }

    private Result load() throws Exception {
        // pjsip's own lines (level 3 and up per call) would be most of the work timed; an endpoint
        // under load logs warnings only. Held here: JUL keeps loggers weakly.
        Logger pjsipLog = Logger.getLogger("org.pjsua4j.pjsip");
        Level pjsipLevel = pjsipLog.getLevel();
        pjsipLog.setLevel(Level.WARNING);
        try {
            return timedLoad();
        } finally {
            pjsipLog.setLevel(pjsipLevel);
        }
    }

    private Result timedLoad() throws Exception {
        EndpointConfig config = EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0).maxCalls(512)
                .build();
        try (Endpoint endpoint = Endpoint.start(config)) {
            Transport udp = endpoint.transports().get(0);
            Account alice = endpoint.addAccount(AccountConfig.builder(udp.uri("alice")).build(), new AccountListener() { });
            endpoint.addAccount(AccountConfig.builder(udp.uri("bob")).build(), new AccountListener() {
                @Override
                public void onIncomingCall(Call call) {
                    probe.delivered(Kind.INCOMING, call.id());
                    call.setListener(noting(false));
                    actions.add(() -> call.answer(200));
                }
            });
            TimedCallback timed = TimedCallback.install(probe);
            try {
                long start = System.nanoTime();
                long measureFrom = start + settings.warmUp().toNanos();
                long end = measureFrom + settings.measured().toNanos();
                int countedFrom = 0;
                boolean measuring = false;
                for (long now = start; now < end; now = System.nanoTime()) {
                    if (!measuring && now >= measureFrom) {
                        countedFrom = probe.stateEvents();
                        probe.record();
                        measuring = true;
                    }
                    if (!act() && !startCallIfBehind(alice, udp, now - start)) {
                        LockSupport.parkNanos(100_000);
                    }
                }
                int counted = probe.stateEvents() - countedFrom;
                probe.stop();
                long threads = eventThreads();
                drain();
                double rate = counted / (settings.measured().toNanos() / 1e9);
                List<EventRow> rows = new ArrayList<>(rows());
                Duration floorTime = settings.measured().compareTo(FLOOR_TIME) < 0 ? settings.measured() : FLOOR_TIME;
                rows.addAll(HandOverFloor.measure(floorTime));
                return new Result(settings, rate, calls.get(), failed.get(), probe.unpaired(), threads, rows);
            } finally {
                timed.remove();
            }
        }
    }

    private CallListener noting(boolean caller) {
        return new CallListener() {
            @Override
            public void onState(Call call, CallInfo info) {
                probe.delivered(Kind.STATE, call.id());
                if (caller && info.state() == CallState.CONFIRMED) {
                    actions.add(call::hangup);
                } else if (caller && info.state() == CallState.DISCONNECTED) {
                    if (info.lastStatusCode() / 100 != 2) {
                        failed.incrementAndGet();
                    }
                    active.decrementAndGet();
                }
            }

            @Override
            public void onMedia(Call call, CallInfo info) {
                probe.delivered(Kind.MEDIA, call.id());
            }
        };
    }

    /** Runs one answer or hangup the listeners asked for; a call that ended meanwhile is left alone. */
    private boolean act() {
        Runnable action = actions.poll();
        if (action == null) {
            return false;
        }
        try {
            action.run();
        } catch (IllegalStateException ended) {
            // The call ended before we got to it.
        }
        return true;
    }

    private boolean startCallIfBehind(Account alice, Transport udp, long elapsedNanos) {
        long due = elapsedNanos * settings.stateEventsPerSecond() / 1_000_000_000L;
        if (probe.stateEvents() >= due || active.get() >= MAX_ACTIVE) {
            return false;
        }
        active.incrementAndGet();
        calls.incrementAndGet();
        try {
            alice.makeCall(udp.uri("bob"), noting(true));
        } catch (RuntimeException e) {
            active.decrementAndGet();
            failed.incrementAndGet();
        }
        return true;
    }

    /** The threads running listeners at the end of the load, idle ones included. */
    private static long eventThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("pjsua4j-event-"))
                .count();
    }

    /** Lets the calls in progress end, and their last events reach the listeners. */
    private void drain() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((active.get() > 0 || probe.unpaired() > 0) && System.nanoTime() < deadline) {
            if (!act()) {
                LockSupport.parkNanos(1_000_000);
            }
        }
    }

    private List<EventRow> rows() {
        String onThread = "≤ 10 µs p50, ≤ 50 µs p99";
        String toListener = "≤ 20 µs p50, ≤ 200 µs p99";
        return List.of(
                EventRow.of("call state: facade on pjsip's thread", probe.handled(Kind.STATE), onThread),
                EventRow.of("call state → onState", probe.delivered(Kind.STATE), toListener),
                EventRow.of("media state: facade on pjsip's thread", probe.handled(Kind.MEDIA), onThread),
                EventRow.of("media state → onMedia", probe.delivered(Kind.MEDIA), toListener),
                EventRow.of("incoming call: facade on pjsip's thread", probe.handled(Kind.INCOMING), onThread),
                EventRow.of("incoming call → onIncomingCall", probe.delivered(Kind.INCOMING), toListener));
    }

    /** The result as a line of context and a Markdown table. */
    static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "Call events: %.0f call-state events/s (asked %d/s) measured over %d s after %d s of warm-up; "
                        + "%d calls, %d failed, %d events unpaired; %d event threads at the end.%n%n",
                r.stateEventsPerSecond(), r.settings().stateEventsPerSecond(), r.settings().measured().toSeconds(),
                r.settings().warmUp().toSeconds(), r.calls(), r.failedCalls(), r.unpaired(), r.eventThreads()));
        sb.append("| call event | events | p50 µs | p99 µs | target |\n");
        sb.append("|---|---:|---:|---:|---|\n");
        for (EventRow row : r.rows()) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s |%n", row.name(), row.count(),
                    row.p50Micros(), row.p99Micros(), row.target()));
        }
        return sb.toString();
    }
}
