package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Sipp;

/** What a call snapshot tells beyond its state: stream details, the peer's software, who ended it, headers. */
class CallDetailsTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @Test
    void aPeerThatSendsNoUserAgentIsKnownByItsServerHeader() throws Exception {
        try (Sipp sipp = Sipp.server("answer-naming-server.xml", 1, Duration.ofSeconds(30))) {
            Call call = alice.makeCall("sip:callee@" + sipp.hostPort(), new CallEvents());
            CallInfo confirmed = call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertEquals("sipp-callee/3.6", confirmed.remoteUserAgent(), "the 200's Server, trimmed");
            call.hangup();
            assertEquals(0, sipp.await(Duration.ofSeconds(30)), sipp.log());
        }
    }

    @Test
    void snapshotShowsTheNegotiatedStreamFromBothSides() throws Exception {
        Instant before = Instant.now();
        Connected c = Connected.call(ep, alice, "bob");
        AudioStream out = c.out().info().audio().orElseThrow();
        AudioStream in = c.in().info().audio().orElseThrow();
        assertEquals(out.codec(), in.codec(), "both sides agree on the codec");
        assertFalse(out.codec().isEmpty());
        assertTrue(out.clockRate() >= 8000, out.toString());
        assertEquals(1, out.channels());
        // Each side sends to the address the other one listens on.
        assertEquals(out.localRtp(), in.remoteRtp());
        assertEquals(in.localRtp(), out.remoteRtp());
        assertTrue(out.localRtp().startsWith("127.0.0.1:"), out.localRtp());
        assertFalse(out.srtpActive());
        assertEquals("pjsua4j", c.out().info().remoteUserAgent(), "learned from bob's responses");
        assertEquals("pjsua4j", c.in().info().remoteUserAgent(), "learned from alice's INVITE");
        CallInfo info = c.out().info();
        assertFalse(info.started().isBefore(before.minusMillis(1)), info.started() + " vs " + before);
        assertFalse(info.started().isAfter(Instant.now()));
        assertTrue(info.endedBy().isEmpty());
    }

    @Test
    void srtpShowsAsActiveWhenBothSidesRequireIt() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        Account secureBob = ep.addAccount(AccountConfig.builder(Loopback.udp(ep).uri("sbob"))
                .srtp(SrtpConfig.of(SrtpUse.MANDATORY, SignallingSecurity.NONE)).build(), bob);
        Account secureAlice = ep.addAccount(AccountConfig.builder(Loopback.udp(ep).uri("salice"))
                .srtp(SrtpConfig.of(SrtpUse.MANDATORY, SignallingSecurity.NONE)).build(), new AccountListener() {
                });
        CallEvents out = new CallEvents();
        secureAlice.makeCall(secureBob.uri(), out);
        assertTrue(out.mediaActive.get(T, MILLISECONDS).audio().orElseThrow().srtpActive());
        assertTrue(bob.events.mediaActive.get(T, MILLISECONDS).audio().orElseThrow().srtpActive());
    }

    @Test
    void endedByTellsWhichSideHungUp() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        c.in().hangup();
        assertEquals(Originator.REMOTE, c.outEvents().disconnected.get(T, MILLISECONDS).endedBy().orElseThrow());
        assertEquals(Originator.LOCAL, c.inEvents().disconnected.get(T, MILLISECONDS).endedBy().orElseThrow());
        assertTrue(c.out().info().audio().isEmpty(), "no stream after the end");

        Loopback.Answering busy = new Loopback.Answering(call -> call.reject(true));
        Account carol = Loopback.account(ep, "carol", busy);
        CallEvents rejected = new CallEvents();
        alice.makeCall(carol.uri(), rejected);
        CallInfo end = rejected.disconnected.get(T, MILLISECONDS);
        assertEquals(486, end.lastStatusCode());
        assertEquals(Originator.REMOTE, end.endedBy().orElseThrow(), end.toString());
        assertEquals(Originator.LOCAL, busy.events.disconnected.get(T, MILLISECONDS).endedBy().orElseThrow());

        // A CANCEL is the caller's doing on both sides: the callee's 487 answers it.
        Loopback.Answering ringing = Loopback.Answering.with(180);
        Account dave = Loopback.account(ep, "dave", ringing);
        CallEvents cancelling = new CallEvents();
        Call call = alice.makeCall(dave.uri(), cancelling);
        ringing.firstCall.get(T, MILLISECONDS);
        call.stateFuture(CallState.EARLY).get(T, MILLISECONDS);
        call.hangup();
        assertEquals(Originator.LOCAL, cancelling.disconnected.get(T, MILLISECONDS).endedBy().orElseThrow());
        CallInfo cancelled = ringing.events.disconnected.get(T, MILLISECONDS);
        assertEquals(487, cancelled.lastStatusCode());
        assertEquals(Originator.REMOTE, cancelled.endedBy().orElseThrow());
    }

    @Test
    void inviteCarriesCustomHeaders() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        Account bobAccount = Loopback.account(ep, "bob", bob);
        alice.makeCall(bobAccount.uri(), List.of(new SipHeader("X-Case-Id", "42"), new SipHeader("X-Two", "a"),
                new SipHeader("X-Two", "b c")), new CallEvents());
        Call in = bob.firstCall.get(T, MILLISECONDS);
        assertEquals(List.of("42"), in.inviteHeaders("x-case-id"));
        assertEquals(List.of("a", "b c"), in.inviteHeaders("X-Two"));
        assertEquals(List.of(), in.inviteHeaders("X-Absent"));
    }

    @Test
    void badHeadersAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SipHeader("Via", "x"));
        assertTrue(e.getMessage().contains("Via"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SipHeader("X-Bad Name", "x"));
        e = assertThrows(IllegalArgumentException.class, () -> new SipHeader("X-Inject", "a\r\nVia: evil"));
        assertTrue(e.getMessage().contains("X-Inject"), e.getMessage());
        assertThrows(NullPointerException.class, () -> alice.makeCall("sip:x@127.0.0.1", null, new CallEvents()));
    }
}
