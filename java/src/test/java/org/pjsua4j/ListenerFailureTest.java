package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ListenerFailureTest {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @Test
    void aListenerThatThrowsStillGetsTheNextEvents() throws Exception {
        CallEvents seen = new CallEvents() {
            @Override
            public void onState(Call call, CallInfo info) {
                super.onState(call, info);
                throw new IllegalStateException("listener bug on " + info.state());
            }
        };
        try (Endpoint ep = Loopback.endpoint()) {
            Account alice = Loopback.account(ep, "alice", new AccountListener() {
            });
            Loopback.Answering bob = new Loopback.Answering(call -> {
                call.answer(200);
                throw new IllegalStateException("incoming-call listener bug");
            });
            Loopback.account(ep, "bob", bob);
            Call call = alice.makeCall(Loopback.udp(ep).uri("bob"), seen);
            call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            call.hangup();
            seen.disconnected.get(T, MILLISECONDS);
            assertEquals(List.of(CallState.CALLING, CallState.CONNECTING, CallState.CONFIRMED, CallState.DISCONNECTED),
                    seen.distinctStates().stream().filter(s -> s != CallState.EARLY).toList());
            assertEquals(CallState.DISCONNECTED, bob.events.disconnected.get(T, MILLISECONDS).state());
        }
    }

    @Test
    void aSlowListenerDoesNotStallOtherCalls() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CallListener stuck = new CallListener() {
            @Override
            public void onState(Call call, CallInfo info) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (Endpoint ep = Loopback.endpoint()) {
            Account alice = Loopback.account(ep, "alice", new AccountListener() {
            });
            Loopback.account(ep, "bob", Loopback.Answering.with(200));
            Call slow = alice.makeCall(Loopback.udp(ep).uri("bob"), stuck);
            CallEvents fast = new CallEvents();
            Call other = alice.makeCall(Loopback.udp(ep).uri("bob"), fast);
            other.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertTrue(fast.states.contains(CallState.CONFIRMED));
            // The slow call's own listener is stuck, so its state is polled rather than awaited.
            long deadline = System.nanoTime() + CallEvents.TIMEOUT.toNanos();
            while (slow.state() != CallState.CONFIRMED && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(CallState.CONFIRMED, slow.state(), "pjsip went on while the slow listener sat");
            release.countDown();
        }
    }
}
