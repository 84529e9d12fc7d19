package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** An account's no-answer timeout: an incoming call nobody answers in time is answered 480. */
class NoAnswerTimeoutTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final Duration LIMIT = Duration.ofSeconds(1);

    private Account callee(String user, AccountListener listener) {
        return ep.addAccount(AccountConfig.builder(Loopback.udp(ep).uri(user)).noAnswerTimeout(LIMIT).build(), listener);
    }

    @Test
    void aCallNobodyAnswersEndsWith480AfterTheTimeout() throws Exception {
        CompletableFuture<Call> rang = new CompletableFuture<>();
        CallEvents calleeEvents = new CallEvents();
        Account bob = callee("nobody", new AccountListener() {
            @Override
            public void onIncomingCall(Call call) {
                call.setListener(calleeEvents);
                call.answer(180);
                rang.complete(call);
            }
        });
        CallEvents caller = new CallEvents();
        long start = System.nanoTime();
        alice.makeCall(bob.uri(), caller);
        rang.get(T, MILLISECONDS);
        CallInfo end = caller.disconnected.get(T, MILLISECONDS);
        Duration rung = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(480, end.lastStatusCode(), end.toString());
        assertTrue(rung.compareTo(LIMIT) >= 0, "rang " + rung);
        CallInfo calleeEnd = calleeEvents.disconnected.get(T, MILLISECONDS);
        assertEquals(EndReason.NO_ANSWER, calleeEnd.endReason().orElseThrow(), calleeEnd.toString());
        assertEquals(Originator.LOCAL, calleeEnd.endedBy().orElseThrow());
        assertEquals(EndReason.SIGNALLED, end.endReason().orElseThrow(), "the caller was simply rejected");
        System.out.println("NoAnswerTimeoutTest: 480 after " + rung.toMillis() + " ms of ringing, limit "
                + LIMIT.toMillis() + " ms");
    }

    @Test
    void aCallAnsweredInTimeStaysUp() throws Exception {
        Account carol = callee("carol", new AccountListener() {
            @Override
            public void onIncomingCall(Call call) {
                call.answer(180);
                CompletableFuture.delayedExecutor(300, MILLISECONDS).execute(() -> call.answer(200));
            }
        });
        CallEvents caller = new CallEvents();
        Call call = alice.makeCall(carol.uri(), caller);
        call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        Thread.sleep(LIMIT.toMillis() + 500);
        assertEquals(CallState.CONFIRMED, call.state(), "answered before the limit: up after it");
        assertFalse(caller.disconnected.isDone());
        call.hangup();
        caller.disconnected.get(T, MILLISECONDS);
    }

    @Test
    void theTimeoutIsZeroOrOneSecondToADay() {
        AccountConfig.Builder b = AccountConfig.builder("sip:x@127.0.0.1");
        assertEquals(Duration.ZERO, b.build().noAnswerTimeout(), "no limit by default, as pjsua");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> b.noAnswerTimeout(Duration.ofMillis(500)));
        assertTrue(e.getMessage().startsWith("noAnswerTimeout "), e.getMessage());
    }
}
