package org.pjsua4j.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.pjsua4j.raw.TimedCallback;
import org.pjsua4j.raw.TimedCallback.Kind;

/**
 * The two figures of each call event: the facade's time on the raising thread (from
 * {@link TimedCallback}) and the delay from the event's entry to its listener. A call's events reach
 * its listener in the order they entered, so each listener takes the oldest entry time of its call
 * id and kind; pjsua hands call ids out in turn (up to 512), so an id is not reused while its last
 * call's events are still on their way.
 */
final class EventProbe implements TimedCallback.Recorder {
    private final Map<Kind, Samples> handled = new EnumMap<>(Kind.class);
    private final Map<Kind, Samples> delivered = new EnumMap<>(Kind.class);
    private final Map<Integer, Queue<Long>> entries = new ConcurrentHashMap<>();
    private final AtomicInteger unmatched = new AtomicInteger();
    private final AtomicInteger stateEvents = new AtomicInteger();
    private volatile boolean recording;

    EventProbe(int capacity) {
        for (Kind k : Kind.values()) {
            handled.put(k, new Samples(capacity));
            delivered.put(k, new Samples(capacity));
        }
    }

    /** From now on events count; before, they only keep the entries and listeners paired. */
    void record() {
        recording = true;
    }

    void stop() {
        recording = false;
    }

    private Queue<Long> queue(Kind kind, int callId) {
        return entries.computeIfAbsent(kind.ordinal() << 16 | callId, k -> new ConcurrentLinkedQueue<>());
    }

    @Override
    public void entered(Kind kind, int callId, long nanos) {
        queue(kind, callId).add(nanos);
        if (kind == Kind.STATE) {
            stateEvents.incrementAndGet();
        }
    }

    @Override
    public void handled(Kind kind, long nanos) {
        if (recording) {
            handled.get(kind).add(nanos);
        }
    }

    /** On the listener's thread, first thing: the event of this call reached its listener. */
    void delivered(Kind kind, int callId) {
        long now = System.nanoTime();
        Long entered = queue(kind, callId).poll();
        if (entered == null) {
            unmatched.incrementAndGet();
        } else if (recording) {
            delivered.get(kind).add(now - entered);
        }
    }

    /** Call-state events entered so far, counted or not: what the load is paced by. */
    int stateEvents() {
        return stateEvents.get();
    }

    Samples handled(Kind kind) {
        return handled.get(kind);
    }

    Samples delivered(Kind kind) {
        return delivered.get(kind);
    }

    /** Listener calls without an entry, plus entries no listener took: zero unless pairing went wrong. */
    int unpaired() {
        return unmatched.get() + entries.values().stream().mapToInt(Queue::size).sum();
    }
}
