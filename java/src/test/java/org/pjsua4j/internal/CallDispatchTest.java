package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.HoldState;
import org.pjsua4j.MediaStatus;
import org.pjsua4j.RedirectDecision;
import org.pjsua4j.SignallingSecurity;

/**
 * CallDispatch: listener calls and state futures in the order events happen, on the call's executor
 * (here one that runs each task at once, so every step is deterministic).
 */
class CallDispatchTest {
    private final List<Throwable> reported = new ArrayList<>();
    private final Call call = (Call) Proxy.newProxyInstance(Call.class.getClassLoader(), new Class<?>[] {Call.class},
            (proxy, method, args) -> method.getName().equals("toString") ? "a call" : null);
    private final List<String> seen = new ArrayList<>();
    private final CallListener recording = new CallListener() {
        @Override
        public void onState(Call c, CallInfo info) {
            seen.add("listener " + info.state());
        }
    };
    private final CallDispatch dispatch = new CallDispatch(call, new SerialExecutor(Runnable::run, reported::add),
            recording);

    private static CallInfo info(CallState state, int code) {
        return new CallInfo(0, 0, state, state.name(), code, "", true, "sip:alice@127.0.0.1", "", "sip:bob@127.0.0.1",
                "", "call-id", MediaStatus.NONE, HoldState.NONE, Duration.ZERO, Duration.ZERO, Instant.EPOCH, "",
                Optional.empty(), Optional.empty(), Optional.empty(), SignallingSecurity.NONE);
    }

    @Test
    void aStateFutureCompletesAfterTheListenerSawTheState() throws Exception {
        CompletableFuture<CallInfo> confirmed = dispatch.stateFuture(CallState.CONFIRMED);
        confirmed.thenRun(() -> seen.add("future"));
        dispatch.state(info(CallState.EARLY, 180), () -> seen.add("before EARLY"));
        assertFalse(confirmed.isDone());
        CallInfo ok = info(CallState.CONFIRMED, 200);
        dispatch.state(ok, () -> seen.add("before CONFIRMED"));
        assertSame(ok, confirmed.get());
        assertEquals(List.of("before EARLY", "listener EARLY", "before CONFIRMED", "listener CONFIRMED", "future"), seen);
    }

    @Test
    void aFutureForAStateAlreadyDeliveredCompletesAtOnce() throws Exception {
        CallInfo ok = info(CallState.CONFIRMED, 200);
        dispatch.state(ok, () -> { });
        assertSame(ok, dispatch.stateFuture(CallState.CONFIRMED).getNow(null));
        assertFalse(dispatch.stateFuture(CallState.DISCONNECTED).isDone(), "not reached yet, not over either");
    }

    @Test
    void aCallThatEndsWithoutReachingTheStateFailsItsFuture() {
        CompletableFuture<CallInfo> confirmed = dispatch.stateFuture(CallState.CONFIRMED);
        CompletableFuture<CallInfo> ended = dispatch.stateFuture(CallState.DISCONNECTED);
        dispatch.state(info(CallState.DISCONNECTED, 486), () -> { });
        ExecutionException e = assertThrows(ExecutionException.class, confirmed::get);
        assertTrue(e.getCause() instanceof IllegalStateException && e.getCause().getMessage().contains("486"),
                String.valueOf(e.getCause()));
        assertEquals(CallState.DISCONNECTED, ended.getNow(null).state());
        assertTrue(dispatch.stateFuture(CallState.CONFIRMED).isCompletedExceptionally(), "asked after the end");
    }

    @Test
    void eventsNobodyHearsAreNotedWithoutAnEventThreadAndHeardOnesAreHandedOver() throws Exception {
        List<Runnable> pool = new ArrayList<>();
        CallDispatch quiet = new CallDispatch(call, new SerialExecutor(pool::add, reported::add), null);
        CallInfo early = info(CallState.EARLY, 180);
        quiet.state(early, null);
        quiet.media(early);
        assertEquals(0, pool.size(), "no listener, no waiter: nothing for an event thread");
        CompletableFuture<CallInfo> reached = quiet.stateFuture(CallState.EARLY);
        runAll(pool);
        assertSame(early, reached.getNow(null), "the state was noted all the same");

        CompletableFuture<CallInfo> confirmed = quiet.stateFuture(CallState.CONFIRMED);
        runAll(pool);
        CallInfo ok = info(CallState.CONFIRMED, 200);
        quiet.state(ok, null);
        assertFalse(confirmed.isDone(), "a waiter is settled on an event thread, not the caller's");
        runAll(pool);
        assertSame(ok, confirmed.getNow(null));

        quiet.state(info(CallState.DISCONNECTED, 200), () -> seen.add("before DISCONNECTED"));
        assertEquals(List.of(), seen, "work before the listener always runs on an event thread");
        runAll(pool);
        assertEquals(List.of("before DISCONNECTED"), seen);
    }

    @Test
    void aListenerSetByARunningTaskHearsTheEventsQueuedBehindIt() {
        List<Runnable> pool = new ArrayList<>();
        SerialExecutor events = new SerialExecutor(pool::add, reported::add);
        CallDispatch incoming = new CallDispatch(call, events, null);
        events.execute(() -> incoming.setListener(recording));
        incoming.state(info(CallState.CONNECTING, 200), null);
        runAll(pool);
        assertEquals(List.of("listener CONNECTING"), seen);
        incoming.state(info(CallState.CONFIRMED, 200), null);
        assertEquals(1, pool.size(), "with a listener, the event goes to an event thread");
        runAll(pool);
        assertEquals(List.of("listener CONNECTING", "listener CONFIRMED"), seen);
    }

    private static void runAll(List<Runnable> pool) {
        while (!pool.isEmpty()) {
            pool.remove(0).run();
        }
    }

    @Test
    void aThrowingListenerIsReportedAndItsFuturesStillSettle() {
        RuntimeException boom = new RuntimeException("listener bug");
        dispatch.setListener(new CallListener() {
            @Override
            public void onState(Call c, CallInfo info) {
                throw boom;
            }
        });
        CompletableFuture<CallInfo> confirmed = dispatch.stateFuture(CallState.CONFIRMED);
        dispatch.state(info(CallState.CONFIRMED, 200), () -> { });
        assertTrue(confirmed.isDone() && !confirmed.isCompletedExceptionally());
        assertEquals(List.of(boom), reported);
        assertThrows(NullPointerException.class, () -> dispatch.setListener(null));
    }

    @Test
    void redirectsAreDecidedOnlyByAListenerThatOverridesOnRedirect() {
        assertFalse(dispatch.decidesRedirects(), "the default onRedirect decides nothing");
        List<RedirectDecision> decided = new ArrayList<>();
        dispatch.setListener(new CallListener() {
            @Override
            public RedirectDecision onRedirect(Call c, String target) {
                return target.contains("good") ? RedirectDecision.FOLLOW : null;
            }
        });
        assertTrue(dispatch.decidesRedirects());
        dispatch.redirect("sip:good@127.0.0.1", decided::add);
        dispatch.redirect("sip:bad@127.0.0.1", decided::add);
        assertEquals(List.of(RedirectDecision.FOLLOW, RedirectDecision.STOP), decided,
                "a listener that answers null still lets pjsua go on: STOP");
        assertEquals(1, reported.size(), "the null decision is reported");
    }
}
