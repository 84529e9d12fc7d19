package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Sipp;

/**
 * An account's session timers (RFC 4028) on the wire, with SIPp checking every header it is sent, and a
 * refresh the vanished peer never answers. The endpoint's short SIP timers let that refresh time out in
 * a second instead of 32.
 */
class SessionTimerTest extends EndpointOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(20);
    private static final SessionTimers TIMERS = new SessionTimers(SessionTimerMode.REQUIRED, Duration.ofSeconds(300),
            Duration.ofSeconds(120));

    @BeforeAll
    static void endpointWithShortSipTimers() {
        ep = Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .sipTimers(new EndpointConfig.SipTimers(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1)))
                .build());
    }

    private static AccountConfig.Builder config(String user) {
        return AccountConfig.builder(Loopback.udp(ep).uri(user));
    }

    private static void callAndHangUp(Account account, Sipp peer) throws Exception {
        CallEvents events = new CallEvents();
        Call call = account.makeCall("sip:timer@" + peer.hostPort(), events);
        call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        call.hangup();
        events.disconnected.get(T, MILLISECONDS);
        assertEquals(0, peer.await(SIPP_TIMEOUT), () -> "SIPp checked the INVITE: " + peer.log());
    }

    @Test
    void anOutgoingInviteAsksForTheAccountsTimers() throws Exception {
        Account alice = ep.addAccount(config("alice").sessionTimers(TIMERS).build(), new AccountListener() {
        });
        try (Sipp peer = Sipp.server("uas-session-timer.xml", 1, SIPP_TIMEOUT)) {
            callAndHangUp(alice, peer);
        }
    }

    /** Session timers are pjsua's per account (pjsua_call_setting has none); a local account has its own now. */
    @Test
    void aLocalAccountsCallsAskForItsTimers() throws Exception {
        Transport udp = Loopback.udp(ep);
        Account local = ep.addLocalAccount(udp, AccountConfig.builder(udp.uri(null)).sessionTimers(TIMERS).build(),
                new AccountListener() {
                });
        assertEquals(udp.uri(null), local.uri());
        try (Sipp peer = Sipp.server("uas-session-timer.xml", 1, SIPP_TIMEOUT)) {
            callAndHangUp(local, peer);
        }
    }

    @Test
    void timersTurnedOffStayOutOfTheInvite() throws Exception {
        Account alice = ep.addAccount(config("alice").sessionTimers(SessionTimers.of(SessionTimerMode.OFF)).build(),
                new AccountListener() {
                });
        try (Sipp peer = Sipp.server("uas-no-session-timer.xml", 1, SIPP_TIMEOUT)) {
            callAndHangUp(alice, peer);
        }
    }

    @Test
    void anIncomingIntervalBelowOurMinSeIsRefusedWith422() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        ep.addAccount(config("bob").sessionTimers(TIMERS).build(), bob);
        try (Sipp peer = Sipp.client("uac-session-too-small.xml", "bob", Loopback.udp(ep).hostPort(), 1, SIPP_TIMEOUT)) {
            assertEquals(0, peer.await(SIPP_TIMEOUT), () -> "SIPp got 422 with Min-SE 120: " + peer.log());
        }
        assertFalse(bob.firstCall.isDone(), "pjsua refuses the INVITE before the account hears of it");
    }

    @Test
    void anIncomingCallGetsTheIntervalAndRefresherItAskedFor() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        ep.addAccount(config("bob").sessionTimers(TIMERS).build(), bob);
        try (Sipp peer = Sipp.client("uac-session-timer.xml", "bob", Loopback.udp(ep).hostPort(), 1, SIPP_TIMEOUT)) {
            CallInfo end = bob.events.disconnected.get(T, MILLISECONDS);
            assertEquals(0, peer.await(SIPP_TIMEOUT), () -> "SIPp checked our 200: " + peer.log());
            assertEquals(EndReason.SIGNALLED, end.endReason().orElseThrow(), end.toString());
            assertEquals(Originator.REMOTE, end.endedBy().orElseThrow());
        }
    }

    /** pjsip refreshes at half of the 90 s the peer agreed to: this test takes about 47 s. */
    @Test
    void aRefreshTheVanishedPeerNeverAnswersEndsTheCall() throws Exception {
        SessionTimers shortest = new SessionTimers(SessionTimerMode.OPTIONAL, SessionTimers.MIN_SE_FLOOR,
                SessionTimers.MIN_SE_FLOOR);
        // The media timeout would end the silent call first.
        Account alice = ep.addAccount(config("alice").sessionTimers(shortest).mediaTimeout(Duration.ZERO).build(),
                new AccountListener() {
                });
        try (Sipp peer = Sipp.server("answer-timer-then-vanish.xml", 1, SIPP_TIMEOUT)) {
            CallEvents events = new CallEvents();
            Call call = alice.makeCall("sip:vanish@" + peer.hostPort(), events);
            call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            long confirmed = System.nanoTime();
            assertEquals(0, peer.await(Duration.ofSeconds(10)), () -> "SIPp answered and left: " + peer.log());

            CallInfo end = events.disconnected.get(60, java.util.concurrent.TimeUnit.SECONDS);
            Duration lasted = Duration.ofNanos(System.nanoTime() - confirmed);
            assertEquals(EndReason.PEER_UNRESPONSIVE, end.endReason().orElseThrow(), end.toString());
            assertEquals(Originator.LOCAL, end.endedBy().orElseThrow());
            assertEquals(408, end.lastStatusCode(), end.toString());
            assertTrue(lasted.compareTo(Duration.ofSeconds(45)) >= 0, "the refresh is due at 45 s: " + lasted);
            System.out.println("SessionTimerTest: refresh at 45 s unanswered -> DISCONNECTED after "
                    + lasted.toMillis() + " ms");
        }
    }
}
