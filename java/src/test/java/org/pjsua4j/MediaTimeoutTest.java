package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.PjsuaApp;
import org.pjsua4j.peers.Sipp;

/**
 * The media-inactivity hangup, against peers that vanish (the native pjsua app, killed) or never send
 * RTP (SIPp): such calls end by themselves, with a BYE that says why; held calls and accounts that
 * turned it off stay up. The endpoint hangs up after 2 s of silence and warns after 1 s; its short SIP
 * timers let the BYE to a vanished peer give up in about a second instead of 32.
 */
class MediaTimeoutTest extends EndpointOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration WARNING = Duration.ofSeconds(1);
    /** Longer than the timeout and the two check periods it may take to notice. */
    private static final long BEYOND_TIMEOUT_MS = 3000;
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(20);
    /**
     * The test thread learns of a change a little after the call's clock does, so it may measure a
     * silence somewhat shorter than the one that ended the call; never the timeout's whole length.
     */
    private static final Duration ALMOST_TIMEOUT = TIMEOUT.minusMillis(500);

    @BeforeAll
    static void endpointWithAShortMediaTimeout() {
        ep = Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .sipTimers(new EndpointConfig.SipTimers(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1)))
                .noAudioTimeout(WARNING)
                .mediaTimeout(TIMEOUT)
                .build());
    }

    private static Account account(String user, Duration mediaTimeout) {
        AccountConfig.Builder b = AccountConfig.builder(Loopback.udp(ep).uri(user));
        if (mediaTimeout != null) {
            b.mediaTimeout(mediaTimeout);
        }
        return ep.addAccount(b.build(), new AccountListener() {
        });
    }

    /** The SIPp scenario ends by checking the BYE's Reason header. */
    private static void assertTheByeSaidWhy(Sipp peer) throws InterruptedException {
        assertEquals(0, peer.await(SIPP_TIMEOUT), () -> "SIPp saw the BYE's Reason: " + peer.log());
    }

    private static void assertEndedForSilence(CallInfo end) {
        assertEquals(EndReason.MEDIA_TIMEOUT, end.endReason().orElseThrow(), end.toString());
        assertEquals(Originator.LOCAL, end.endedBy().orElseThrow());
        assertEquals(408, end.lastStatusCode(), end.toString());
    }

    @Test
    void aCallWhosePeerWasKilledEndsAfterTheTimeout() throws Exception {
        Account alice = account("alice", null);
        try (PjsuaApp app = PjsuaApp.answering()) {
            CallEvents events = new CallEvents();
            Call call = alice.makeCall(app.uri("app"), events);
            call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            CallTest.awaitPackets(call, 25);

            long killed = System.nanoTime();
            assertTrue(app.kill(), "the app's process is gone");
            CallInfo end = events.disconnected.get(T, MILLISECONDS);
            Duration tookToEnd = Duration.ofNanos(System.nanoTime() - killed);

            assertEndedForSilence(end);
            assertTrue(events.noAudio.isDone(), "onNoAudio warned first");
            assertTrue(tookToEnd.compareTo(ALMOST_TIMEOUT) >= 0, "ended after " + tookToEnd);
            // pjsua reports DISCONNECTED as it sends the BYE; the BYE's transaction goes on without it.
            System.out.println("MediaTimeoutTest: peer killed -> BYE and DISCONNECTED in " + tookToEnd.toMillis()
                    + " ms, media timeout " + TIMEOUT.toMillis() + " ms");
        }
    }

    /** The call's own timeout applies though its account turned the hangup off. */
    @Test
    void theByeToASilentPeerCarriesTheReason() throws Exception {
        try (Sipp peer = Sipp.server("answer-silently.xml", 1, SIPP_TIMEOUT)) {
            CallEvents events = new CallEvents();
            Call call = account("alice", Duration.ZERO).makeCall("sip:silent@" + peer.hostPort(), events);
            call.setMediaTimeout(TIMEOUT);
            call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            long confirmed = System.nanoTime();
            CallInfo end = events.disconnected.get(T, MILLISECONDS);
            Duration silent = Duration.ofNanos(System.nanoTime() - confirmed);

            assertEndedForSilence(end);
            assertTheByeSaidWhy(peer);
            assertTrue(silent.compareTo(ALMOST_TIMEOUT) >= 0, "ended after " + silent);
            System.out.println("MediaTimeoutTest: answer without RTP -> BYE answered in " + silent.toMillis() + " ms");
        }
    }

    /** A local account added without a configuration has no timeout of its own: the endpoint's applies. */
    @Test
    void aCallOfALocalAccountWithoutConfigurationTakesTheEndpointsTimeout() throws Exception {
        try (Sipp peer = Sipp.server("answer-silently.xml", 1, SIPP_TIMEOUT)) {
            Account local = ep.addLocalAccount(Loopback.udp(ep), new AccountListener() {
            });
            CallEvents events = new CallEvents();
            local.makeCall("sip:silent@" + peer.hostPort(), events);
            assertEndedForSilence(events.disconnected.get(T, MILLISECONDS));
            assertTheByeSaidWhy(peer);
            local.close();
        }
    }

    @Test
    void silentEarlyMediaDoesNotCountOnceTheCallIsAnswered() throws Exception {
        try (Sipp peer = Sipp.server("ring-then-answer-silently.xml", 1, SIPP_TIMEOUT)) {
            CallEvents events = new CallEvents();
            Call call = account("alice", null).makeCall("sip:silent@" + peer.hostPort(), events);
            call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            long confirmed = System.nanoTime();
            CallInfo end = events.disconnected.get(T, MILLISECONDS);
            Duration afterAnswer = Duration.ofNanos(System.nanoTime() - confirmed);

            assertEndedForSilence(end);
            assertTrue(afterAnswer.compareTo(ALMOST_TIMEOUT) >= 0,
                    "3 s of silent early media must not count: ended " + afterAnswer + " after the answer");
            assertTheByeSaidWhy(peer);
        }
    }

    @Test
    void aPeersHoldStopsTheClockAndItsUnholdRestartsIt() throws Exception {
        try (Sipp peer = Sipp.server("answer-silently-hold-unhold.xml", 1, SIPP_TIMEOUT)) {
            CallEvents events = new CallEvents();
            Call call = account("alice", null).makeCall("sip:silent@" + peer.hostPort(), events);
            events.awaitMedia(i -> i.hold() == HoldState.REMOTE);
            events.awaitMedia(i -> i.hold() == HoldState.NONE);
            long unheld = System.nanoTime();
            assertEquals(CallState.CONFIRMED, call.state(), "3 s on hold without RTP, still up");

            CallInfo end = events.disconnected.get(T, MILLISECONDS);
            Duration afterUnhold = Duration.ofNanos(System.nanoTime() - unheld);
            assertEndedForSilence(end);
            assertTrue(afterUnhold.compareTo(ALMOST_TIMEOUT) >= 0, "the clock restarted at the unhold: " + afterUnhold);
            assertTheByeSaidWhy(peer);
        }
    }

    /** For longer than the timeout, {@code silent} receives no RTP, yet both calls stay up. */
    private static void assertSilentButUp(Connected p, Call silent) throws InterruptedException {
        long received = silent.mediaStats().rxPackets();
        Thread.sleep(BEYOND_TIMEOUT_MS);
        assertEquals(received, silent.mediaStats().rxPackets(), "the held side receives no RTP");
        assertEquals(CallState.CONFIRMED, p.out().state());
        assertEquals(CallState.CONFIRMED, p.in().state());
    }

    @Test
    void callsWeHoldStayUp() throws Exception {
        Connected p = Connected.call(ep, account("alice", null), "bob");
        p.out().hold();
        p.outEvents().awaitMedia(i -> i.hold() == HoldState.LOCAL);
        assertSilentButUp(p, p.out());

        p.in().hold();
        p.inEvents().awaitMedia(i -> i.hold() == HoldState.BOTH);
        assertSilentButUp(p, p.in());

        p.in().unhold();
        p.outEvents().awaitMedia(i -> i.hold() == HoldState.LOCAL);
        p.out().unhold();
        p.outEvents().awaitMedia(i -> i.hold() == HoldState.NONE);
        CallTest.awaitPackets(p.out(), p.out().mediaStats().rxPackets() + 25);
        assertFalse(p.outEvents().disconnected.isDone());
        assertFalse(p.inEvents().disconnected.isDone());
    }

    @Test
    void aMediaTimeoutOfACallIsCheckedLikeTheOthers() {
        // Nobody answers for that user here: the call only needs to exist.
        Call call = account("alice", null).makeCall(Loopback.udp(ep).uri("nobody"), new CallEvents());
        for (Duration bad : new Duration[] {Duration.ofMillis(999), Duration.ofSeconds(-1), Duration.ofDays(2)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call.setMediaTimeout(bad));
            assertTrue(e.getMessage().startsWith("setMediaTimeout: timeout "), e.getMessage());
        }
        assertEquals("setMediaTimeout: timeout", assertThrows(NullPointerException.class, () -> call.setMediaTimeout(null))
                .getMessage());
    }

    @Test
    void anAccountThatTurnedItOffKeepsTheCall() throws Exception {
        Account alice = account("alice", Duration.ZERO);
        try (PjsuaApp app = PjsuaApp.answering()) {
            CallEvents events = new CallEvents();
            Call call = alice.makeCall(app.uri("app"), events);
            call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            CallTest.awaitPackets(call, 25);
            assertTrue(app.kill());

            events.noAudio.get(T, MILLISECONDS);
            Thread.sleep(BEYOND_TIMEOUT_MS);
            assertEquals(CallState.CONFIRMED, call.state(), "the endpoint's 2 s do not apply to this account");
            call.hangup();
            CallInfo end = events.disconnected.get(T, MILLISECONDS);
            assertEquals(EndReason.SIGNALLED, end.endReason().orElseThrow(), end.toString());
            assertEquals(Originator.LOCAL, end.endedBy().orElseThrow());
        }
    }
}
