package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.peers.Kamailio;
import org.pjsua4j.peers.Sipp;

/** Calls that cannot work: bad or unreachable destinations, and a peer that vanishes mid-call. */
class CallFaultTest {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final EndpointConfig.SipTimers FAST =
            new EndpointConfig.SipTimers(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1));

    private static Endpoint endpoint(Duration noAudio) {
        return Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .transport(TransportType.TCP, "127.0.0.1", 0)
                .sipTimers(FAST)
                .noAudioTimeout(noAudio)
                .build());
    }

    @Test
    void malformedDestinationIsRefusedByName() {
        try (Endpoint ep = endpoint(Duration.ZERO)) {
            Account alice = Loopback.account(ep, "alice", new AccountListener() {
            });
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> alice.makeCall("bob at nowhere", new CallEvents()));
            assertTrue(e.getMessage().contains("destination"), e.getMessage());
            assertEquals(0, ep.callCount());
        }
    }

    @Test
    void unreachableDestinationsEndWithAStatus() throws Exception {
        try (Endpoint ep = endpoint(Duration.ZERO)) {
            Account alice = Loopback.account(ep, "alice", new AccountListener() {
            });
            int closed = Kamailio.freePort();
            for (String target : new String[] {"sip:bob@127.0.0.1:" + closed + ";transport=tcp",
                    "sip:bob@127.0.0.1:" + closed}) {
                CallEvents events = new CallEvents();
                try {
                    alice.makeCall(target, events);
                } catch (PjsipException e) {
                    // The transport may fail while pjsua sends the INVITE, before any event: then
                    // placing the call fails, and that is the only report of it.
                    assertTrue(e.getMessage().contains("pjsua_call_make_call"), e.getMessage());
                    Thread.sleep(300);
                    assertEquals(List.of(), events.states, target + ": no events for a call that failed to start");
                    continue;
                }
                CallInfo end = events.disconnected.get(T, MILLISECONDS);
                assertTrue(end.lastStatusCode() == 408 || end.lastStatusCode() == 503, target + ": " + end);
                assertEquals(Originator.LOCAL, end.endedBy().orElseThrow(), target);
            }
            assertNoCallsWithin(ep, Duration.ofSeconds(5));
        }
    }

    @Test
    void vanishedPeerIsNoticedAndTheCallCanStillBeEnded() throws Exception {
        try (Endpoint ep = endpoint(Duration.ofSeconds(1));
                Sipp peer = Sipp.server("answer-then-vanish.xml", 1, Duration.ofSeconds(20))) {
            Account alice = Loopback.account(ep, "alice", new AccountListener() {
            });
            CallEvents events = new CallEvents();
            Call call = alice.makeCall("sip:vanish@" + peer.hostPort(), events);
            call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertEquals(0, peer.await(Duration.ofSeconds(10)), () -> "SIPp answered and left: " + peer.log());
            Duration silent = events.noAudio.get(T, MILLISECONDS);
            assertTrue(silent.compareTo(Duration.ofSeconds(1)) >= 0, silent.toString());
            assertEquals(CallState.CONFIRMED, call.state(), "the event only reports");
            call.hangup();
            CallInfo end = events.disconnected.get(T, MILLISECONDS);
            assertEquals(Originator.LOCAL, end.endedBy().orElseThrow());
            assertNoCallsWithin(ep, Duration.ofSeconds(5));
        }
    }

    /** pjsua frees a call's slot just after reporting DISCONNECTED, so the count drops a moment later. */
    private static void assertNoCallsWithin(Endpoint ep, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (ep.callCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, ep.callCount(), "no call left behind");
    }
}
