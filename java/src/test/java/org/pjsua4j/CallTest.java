package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls between two accounts of one endpoint, over real SIP and RTP on 127.0.0.1. */
class CallTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @Test
    void callReachesConfirmedWithRtpFlowingBothWaysAndEndsCleanly() throws Exception {
        Loopback.Answering bob = new Loopback.Answering(call -> {
            call.answer(180);
            call.answer(200);
        });
        Loopback.account(ep, "bob", bob);
        CallEvents caller = new CallEvents();

        Call call = alice.makeCall(Loopback.udp(ep).uri("bob"), caller);
        CallInfo confirmed = call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        Call callee = bob.firstCall.get(T, MILLISECONDS);
        callee.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);

        assertTrue(confirmed.outgoing());
        assertEquals(200, confirmed.lastStatusCode());
        assertTrue(confirmed.remoteUri().contains("bob@127.0.0.1"), confirmed.remoteUri());
        assertFalse(callee.info().outgoing());
        assertEquals(MediaStatus.ACTIVE, caller.mediaActive.get(T, MILLISECONDS).mediaStatus());
        assertEquals(MediaStatus.ACTIVE, bob.events.mediaActive.get(T, MILLISECONDS).mediaStatus());

        // 20 ms packets: a second of audio is ~50 packets each way.
        MediaStats callerStats = awaitPackets(call, 25);
        MediaStats calleeStats = awaitPackets(callee, 25);
        assertTrue(callerStats.txPackets() >= 25, callerStats.toString());
        assertTrue(calleeStats.txPackets() >= 25, calleeStats.toString());

        call.hangup();
        CallInfo callerEnd = caller.disconnected.get(T, MILLISECONDS);
        CallInfo calleeEnd = bob.events.disconnected.get(T, MILLISECONDS);
        assertEquals(CallState.DISCONNECTED, call.state());
        assertEquals(CallState.DISCONNECTED, callee.state());
        assertTrue(callerEnd.connectDuration().toMillis() > 0, callerEnd.toString());
        assertEquals(200, calleeEnd.lastStatusCode(), calleeEnd.toString());
        assertEquals(List.of(CallState.CALLING, CallState.EARLY, CallState.CONNECTING, CallState.CONFIRMED,
                CallState.DISCONNECTED), caller.distinctStates());
        assertTrue(caller.threads.stream().allMatch(n -> n.startsWith("pjsua4j-event-")), caller.threads.toString());
    }

    @Test
    void rejectedCallIsSeenByTheCallerWith486() throws Exception {
        Loopback.Answering bob = new Loopback.Answering(call -> call.hangup(486, null));
        Loopback.account(ep, "bob", bob);
        CallEvents caller = new CallEvents();

        alice.makeCall(Loopback.udp(ep).uri("bob"), caller);
        CallInfo end = caller.disconnected.get(T, MILLISECONDS);
        assertEquals(486, end.lastStatusCode());
        assertEquals("Busy Here", end.lastReason());
        assertFalse(caller.states.contains(CallState.CONFIRMED));
    }

    @Test
    void callToATcpTransportWorksToo() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        Transport tcp = ep.transports().get(1);
        ep.addAccount(AccountConfig.builder(tcp.uri("bob")).build(), bob);
        CallEvents caller = new CallEvents();

        Call call = alice.makeCall(tcp.uri("bob"), caller);
        call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        call.hangup();
        assertEquals(CallState.DISCONNECTED, bob.events.disconnected.get(T, MILLISECONDS).state());
    }

    @Test
    void unansweredCallIsCancelledByTheCaller() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(180);
        Loopback.account(ep, "bob", bob);
        CallEvents caller = new CallEvents();

        Call call = alice.makeCall(Loopback.udp(ep).uri("bob"), caller);
        call.stateFuture(CallState.EARLY).get(T, MILLISECONDS);
        call.hangup();
        assertEquals(487, caller.disconnected.get(T, MILLISECONDS).lastStatusCode());
        assertEquals(CallState.DISCONNECTED, bob.events.disconnected.get(T, MILLISECONDS).state());
    }

    static MediaStats awaitPackets(Call call, long packets) throws InterruptedException {
        long deadline = System.nanoTime() + CallEvents.TIMEOUT.toNanos();
        MediaStats stats = call.mediaStats();
        while (stats.rxPackets() < packets && System.nanoTime() < deadline) {
            Thread.sleep(50);
            stats = call.mediaStats();
        }
        assertTrue(stats.rxPackets() >= packets, "RTP received: " + stats);
        return stats;
    }
}
