package org.pjsua4j;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;

/**
 * Child-JVM main of {@link ThreadStormTest}: {@code threads} platform or virtual threads make, answer,
 * hang up, inspect, send DTMF on, hold and unhold calls between two accounts of one endpoint, at
 * random and on shared calls, for {@code seconds}. Then every call is hung up and must be gone; a
 * few seconds of storm later the endpoint is closed under the workers' feet. The figures are printed
 * as {@code storm.name=value} lines.
 *
 * <p>{@link IllegalStateException} (the call has ended) and {@link PjsipException} (pjsua refuses the
 * request in the call's present state, or has no free call slot) are what a caller must expect when
 * others act on the same call; they are counted. Any other exception is counted as unexpected, with
 * its first stack traces printed. Exit status 0 means the run completed, whatever the counts; 3 means
 * the watchdog saw no operation complete for {@code stallSeconds} and printed a thread dump.
 */
final class CallStorm {
    private static final int MAX_CALLS = 40;
    /**
     * Room for every call pjsua can hold and for ended ones whose end is not delivered yet: a call
     * without a slot would ring untouched until the end, holding one of pjsua's calls.
     */
    private static final int SLOTS = 2 * MAX_CALLS;
    private static final int TRACES = 5;
    private static final long JOIN_SECONDS = 60;
    private static final long DRAIN_SECONDS = 60;
    private static final long HANGUP_AGAIN_MS = 500;
    private static final long CLOSE_AFTER_SECONDS = 5;
    private static final String[] OPS = {"make", "answer", "hangup", "info", "dtmf", "hold", "unhold"};
    /**
     * How often each of {@link #OPS} is picked. Hangups are rare enough that some calls live to be
     * answered, held and sent DTMF; makes beyond pjsua's call limit are refused (PJ_ETOOMANY).
     */
    private static final int[] WEIGHTS = {2, 4, 1, 6, 4, 2, 2};
    private static final int WEIGHT_SUM = Arrays.stream(WEIGHTS).sum();

    private final AtomicReferenceArray<Call> slots = new AtomicReferenceArray<>(SLOTS);
    private final Set<Call> live = ConcurrentHashMap.newKeySet();
    private final LongAdder[] done = new LongAdder[OPS.length];
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();
    private final LongAdder unexpected = new LongAdder();
    private final AtomicInteger tracesLeft = new AtomicInteger(TRACES);
    private final LongAdder callsMade = new LongAdder();
    private final LongAdder callsConfirmed = new LongAdder();
    private final LongAdder callsEnded = new LongAdder();
    private final LongAdder dtmfReceived = new LongAdder();
    private final CallListener listener = new CallListener() {
        @Override
        public void onState(Call call, CallInfo info) {
            if (info.state() == CallState.CONFIRMED) {
                callsConfirmed.increment();
            } else if (info.state() == CallState.DISCONNECTED) {
                callsEnded.increment();
                forget(call);
            }
        }

        @Override
        public void onDtmf(Call call, DtmfEvent event) {
            dtmfReceived.increment();
        }
    };
    private Endpoint ep;
    private Account alice;
    private Account bob;
    private volatile boolean stop;
    private volatile boolean draining;
    private final LongAdder lateIncoming = new LongAdder();

    private CallStorm() {
        for (int i = 0; i < done.length; i++) {
            done[i] = new LongAdder();
        }
    }

    /** @param args platform|virtual, thread count, seconds, stall seconds */
    public static void main(String[] args) throws Exception {
        new CallStorm().run(StormThreads.factory(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]),
                Long.parseLong(args[3]));
        System.exit(0);
    }

    private void run(ThreadFactory threads, int count, long seconds, long stallSeconds) throws Exception {
        ep = Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .maxCalls(MAX_CALLS)
                .build());
        AccountListener incoming = new AccountListener() {
            @Override
            public void onIncomingCall(Call call) {
                call.setListener(listener);
                if (draining) {
                    lateIncoming.increment();
                }
                keep(call);
            }
        };
        alice = Loopback.account(ep, "alice", incoming);
        bob = Loopback.account(ep, "bob", incoming);

        long start = System.nanoTime();
        List<Thread> workers = startWorkers(threads, count);
        int maxAlive = watch(start + TimeUnit.SECONDS.toNanos(seconds), stallSeconds);
        stopWorkers(workers);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int aliveAtStop = ep.callCount();

        long drainStart = System.nanoTime();
        draining = true;
        long drainDeadline = drainStart + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        long nextHangup = drainStart;
        while ((ep.callCount() > 0 || !live.isEmpty()) && System.nanoTime() < drainDeadline) {
            // INVITEs the storm's overloaded UDP socket dropped arrive later as retransmissions, some
            // after their callers gave up (no 1xx came back in time, so no CANCEL either): pjsua rings
            // those forever, so the drain hangs up again what arrives meanwhile.
            if (System.nanoTime() - nextHangup >= 0) {
                ep.hangupAll();
                nextHangup = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HANGUP_AGAIN_MS);
            }
            Thread.sleep(10);
        }
        print("drainMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - drainStart));
        print("lateIncoming", lateIncoming.sum());
        print("callsAtEnd", ep.callCount());
        print("facadeCallsAtEnd", live.size());
        live.forEach(CallStorm::describeStuck);
        if (!live.isEmpty()) {
            print("pjsuaCalls", Arrays.toString(pjsua.pjsua_enum_calls()));
        }

        long total = 0;
        for (int i = 0; i < OPS.length; i++) {
            print("ops." + OPS[i], done[i].sum());
            total += done[i].sum();
        }
        long refused = refusals.values().stream().mapToLong(LongAdder::sum).sum();
        print("threads", count);
        print("seconds", String.format("%.1f", elapsed));
        print("ops", total);
        print("opsPerSecond", Math.round((total + refused + unexpected.sum()) / elapsed));
        print("refused", refused);
        new TreeMap<>(refusals).forEach((kind, n) -> print("refused." + kind, n.sum() + " (" + examples.get(kind) + ")"));
        print("callsMade", callsMade.sum());
        print("callsConfirmed", callsConfirmed.sum());
        print("callsEnded", callsEnded.sum());
        print("dtmfReceived", dtmfReceived.sum());
        print("maxCallsAlive", maxAlive);
        print("callsAliveAtStop", aliveAtStop);

        closeUnderFire(threads, count, stallSeconds);
        print("unexpected", unexpected.sum());
    }

    /**
     * Storms again for a few seconds and closes the endpoint while the workers keep calling: close
     * must end every call and deliver its end before it returns; the workers then get refusals only.
     */
    private void closeUnderFire(ThreadFactory threads, int count, long stallSeconds) throws InterruptedException {
        List<Thread> workers = startWorkers(threads, count);
        watch(System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_AFTER_SECONDS), stallSeconds);
        print("callsAliveAtClose", ep.callCount());
        long closeStart = System.nanoTime();
        ep.close();
        print("closeMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closeStart));
        stopWorkers(workers);
        print("facadeCallsAfterClose", live.size());
    }

    private List<Thread> startWorkers(ThreadFactory threads, int count) {
        stop = false;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread t = threads.newThread(this::work);
            t.setName("storm-" + i);
            workers.add(t);
        }
        workers.forEach(Thread::start);
        return workers;
    }

    private void stopWorkers(List<Thread> workers) throws InterruptedException {
        stop = true;
        long joinDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JOIN_SECONDS);
        for (Thread t : workers) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinDeadline - System.nanoTime())));
            if (t.isAlive()) {
                stalled(t.getName() + " still running " + JOIN_SECONDS + " s after it was told to stop");
            }
        }
    }

    /**
     * Samples the call count until {@code end}; fails the run with a thread dump if no operation
     * completes for {@code stallSeconds}.
     *
     * @return the most calls pjsua held at once
     */
    private int watch(long end, long stallSeconds) throws InterruptedException {
        int maxAlive = 0;
        long last = -1;
        long lastProgress = System.nanoTime();
        while (System.nanoTime() < end) {
            Thread.sleep(100);
            maxAlive = Math.max(maxAlive, ep.callCount());
            long now = attempts();
            if (now != last) {
                last = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(stallSeconds)) {
                stalled("no operation completed for " + stallSeconds + " s");
            }
        }
        return maxAlive;
    }

    private long attempts() {
        long n = unexpected.sum();
        for (LongAdder d : done) {
            n += d.sum();
        }
        for (LongAdder r : refusals.values()) {
            n += r.sum();
        }
        return n;
    }

    private void work() {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        while (!stop) {
            int op = pick(rnd);
            Call call = op == 0 ? null : anyCall(rnd.nextInt(SLOTS));
            if (call == null) {
                op = 0;
            }
            try {
                if (op == 0) {
                    make(rnd.nextBoolean() ? alice : bob);
                } else {
                    act(op, call, rnd);
                }
                done[op].increment();
            } catch (IllegalStateException | PjsipException e) {
                String kind = OPS[op] + "." + e.getClass().getSimpleName();
                refusals.computeIfAbsent(kind, k -> new LongAdder()).increment();
                examples.putIfAbsent(kind, String.valueOf(e.getMessage()));
            } catch (RuntimeException e) {
                unexpected.increment();
                if (tracesLeft.getAndDecrement() > 0) {
                    System.out.println("unexpected exception in " + OPS[op] + ":");
                    e.printStackTrace(System.out);
                }
            }
        }
    }

    private static int pick(ThreadLocalRandom rnd) {
        int r = rnd.nextInt(WEIGHT_SUM);
        for (int op = 0; ; op++) {
            r -= WEIGHTS[op];
            if (r < 0) {
                return op;
            }
        }
    }

    /** @return the first call in the slots from {@code from} on, or null if there is none */
    private Call anyCall(int from) {
        for (int i = 0; i < SLOTS; i++) {
            Call call = slots.get((from + i) % SLOTS);
            if (call != null) {
                return call;
            }
        }
        return null;
    }

    private void make(Account from) {
        Account to = from == alice ? bob : alice;
        Call call = from.makeCall(to.uri(), listener);
        callsMade.increment();
        keep(call);
    }

    private static void act(int op, Call call, ThreadLocalRandom rnd) {
        switch (op) {
            case 1:
                call.answer(rnd.nextInt(4) == 0 ? 180 : 200);
                break;
            case 2:
                call.hangup();
                break;
            case 3:
                call.info();
                break;
            case 4:
                call.sendDtmf("1", rnd.nextBoolean() ? DtmfMethod.RFC2833 : DtmfMethod.SIP_INFO);
                break;
            case 5:
                call.hold();
                break;
            case 6:
                call.unhold();
                break;
            default:
                throw new AssertionError("op " + op);
        }
    }

    /**
     * Tracks a new call. Its end may already have been delivered (to {@link #forget}, which found
     * nothing to remove), so the state is checked after adding.
     */
    private void keep(Call call) {
        live.add(call);
        for (int i = 0; i < SLOTS; i++) {
            if (slots.compareAndSet(i, null, call)) {
                break;
            }
        }
        if (call.state() == CallState.DISCONNECTED) {
            forget(call);
        }
    }

    private void forget(Call call) {
        live.remove(call);
        for (int i = 0; i < SLOTS; i++) {
            slots.compareAndSet(i, call, null);
        }
    }

    /** A call the drain did not end: what pjsua last said about it, to tell whose bug it is. */
    private static void describeStuck(Call call) {
        try {
            CallInfo i = call.info();
            System.out.println("stuck call " + i.callId() + ": " + i.state() + " " + i.stateText() + ", last "
                    + i.lastStatusCode() + " " + i.lastReason() + ", " + (i.outgoing() ? "outgoing" : "incoming")
                    + ", media " + i.mediaStatus() + ", hold " + i.hold() + ", call-id " + i.sipCallId()
                    + ", pjsua active " + pjsua.pjsua_call_is_active(i.callId()));
        } catch (RuntimeException e) {
            System.out.println("stuck call " + call + ": " + e);
        }
    }

    private static void stalled(String what) {
        System.out.println("storm.stalled=" + what);
        for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            System.out.print(fullTrace(t));
        }
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        System.out.println("deadlocked threads: " + (deadlocked == null ? 0 : deadlocked.length));
        StormThreads.dumpVirtualThreads();
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }

    /** ThreadInfo.toString stops after 8 frames; a hang needs the whole stack. */
    private static String fullTrace(ThreadInfo t) {
        StringBuilder s = new StringBuilder('"' + t.getThreadName() + "\" " + t.getThreadState());
        if (t.getLockName() != null) {
            s.append(" on ").append(t.getLockName()).append(" owned by ").append(t.getLockOwnerName());
        }
        s.append('\n');
        for (StackTraceElement e : t.getStackTrace()) {
            s.append("\tat ").append(e).append('\n');
        }
        return s.append('\n').toString();
    }

    private static void print(String name, Object value) {
        System.out.println("storm." + name + "=" + value);
    }
}
