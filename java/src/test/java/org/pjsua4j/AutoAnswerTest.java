package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** An account's autoAnswer: pjsua4j answers its incoming calls on pjsip's thread as they arrive. */
class AutoAnswerTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    private Account callee(AccountConfig.Builder config, AccountListener listener) {
        return ep.addAccount(config.build(), listener);
    }

    private AccountConfig.Builder config(String user) {
        return AccountConfig.builder(Loopback.udp(ep).uri(user));
    }

    @Test
    void aCallToAnAccountWhoseListenerIgnoresCallsIsAnsweredAndEndsNormally() throws Exception {
        Account bob = callee(config("bob").autoAnswer(200), new AccountListener() {
        });
        CallEvents caller = new CallEvents();
        Call call = alice.makeCall(bob.uri(), caller);
        CallInfo up = call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        assertEquals(200, up.lastStatusCode(), up.toString());
        String ours = EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0).build().userAgent();
        assertEquals(ours, up.remoteUserAgent(), "the answer names our software, as Call.answer's does");
        assertEquals(2, ep.callCount(), "the caller's and the auto-answered callee's");
        call.hangup();
        CallInfo end = caller.disconnected.get(T, MILLISECONDS);
        assertEquals(Originator.LOCAL, end.endedBy().orElseThrow());
        long deadline = System.nanoTime() + Duration.ofMillis(T).toNanos();
        while (ep.callCount() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, ep.callCount(), "the callee's call ended with the BYE");
    }

    @Test
    void aListenerThatOverridesOnIncomingCallFindsTheCallAnsweredAndSeesItsLaterEvents() throws Exception {
        CompletableFuture<CallState> stateSeen = new CompletableFuture<>();
        CallEvents calleeEvents = new CallEvents();
        Account carol = callee(config("carol").autoAnswer(200), new AccountListener() {
            @Override
            public void onIncomingCall(Call call) {
                call.setListener(calleeEvents);
                stateSeen.complete(call.state());
            }
        });
        CallEvents caller = new CallEvents();
        Call call = alice.makeCall(carol.uri(), caller);
        call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        CallState seen = stateSeen.get(T, MILLISECONDS);
        assertTrue(seen == CallState.INCOMING || seen == CallState.CONNECTING || seen == CallState.CONFIRMED,
                "answered already, or about to be: " + seen);
        calleeEvents.mediaActive.get(T, MILLISECONDS);
        call.hangup();
        CallInfo calleeEnd = calleeEvents.disconnected.get(T, MILLISECONDS);
        assertEquals(Originator.REMOTE, calleeEnd.endedBy().orElseThrow(), calleeEnd.toString());
        assertTrue(calleeEvents.states.contains(CallState.CONFIRMED), calleeEvents.states.toString());
    }

    @Test
    void anErrorCodeRejectsEveryCall() throws Exception {
        Account dnd = callee(config("dnd").autoAnswer(486), new AccountListener() {
        });
        CallEvents caller = new CallEvents();
        alice.makeCall(dnd.uri(), caller);
        CallInfo end = caller.disconnected.get(T, MILLISECONDS);
        assertEquals(486, end.lastStatusCode(), end.toString());
        assertEquals(Originator.REMOTE, end.endedBy().orElseThrow());
    }

    @Test
    void aProvisionalAutoAnswerStillRingsIntoTheNoAnswerTimeout() throws Exception {
        CompletableFuture<Call> rang = new CompletableFuture<>();
        CallEvents calleeEvents = new CallEvents();
        Account ringer = callee(config("ringer").autoAnswer(180).noAnswerTimeout(Duration.ofSeconds(1)),
                new AccountListener() {
                    @Override
                    public void onIncomingCall(Call call) {
                        call.setListener(calleeEvents);
                        rang.complete(call);
                    }
                });
        CallEvents caller = new CallEvents();
        Call call = alice.makeCall(ringer.uri(), caller);
        call.stateFuture(CallState.EARLY).get(T, MILLISECONDS);
        rang.get(T, MILLISECONDS);
        CallInfo end = caller.disconnected.get(T, MILLISECONDS);
        assertEquals(480, end.lastStatusCode(), end.toString());
        CallInfo calleeEnd = calleeEvents.disconnected.get(T, MILLISECONDS);
        assertEquals(EndReason.NO_ANSWER, calleeEnd.endReason().orElseThrow(), calleeEnd.toString());
    }

    @Test
    void theCodeIsZeroOrAStatusCode() {
        AccountConfig.Builder b = AccountConfig.builder("sip:x@127.0.0.1");
        assertEquals(0, b.build().autoAnswer(), "the application answers by default");
        for (int bad : new int[] {-1, 1, 99, 700}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.autoAnswer(bad));
            assertTrue(e.getMessage().startsWith("autoAnswer ") && e.getMessage().endsWith(" " + bad), e.getMessage());
        }
        assertEquals(183, b.autoAnswer(183).build().autoAnswer());
        assertTrue(b.build().toString().contains("autoAnswer=183"), b.build().toString());
    }
}
