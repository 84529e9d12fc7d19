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
