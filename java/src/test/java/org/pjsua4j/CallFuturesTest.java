package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Sipp;

/**
 * The futures of a call's requests (hold, unhold, UPDATE), extra headers on the wire, and the peer's
 * software learnt from its requests: between two accounts over loopback, and against SIPp.
 */
class CallFuturesTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(20);

    @Test
    void holdAndUnholdCompleteWithTheAnswerOnceTheMediaChanged() throws Exception {
        Connected p = Connected.call(ep, alice, "bob");
        HoldAt held = p.out().hold().thenApply(s -> new HoldAt(s, p.out().info().hold())).get(T, MILLISECONDS);
        assertEquals(new HoldAt(new SipStatus(200, "OK"), HoldState.LOCAL), held);
        HoldAt unheld = p.out().unhold().thenApply(s -> new HoldAt(s, p.out().info().hold())).get(T, MILLISECONDS);
        assertEquals(new HoldAt(new SipStatus(200, "OK"), HoldState.NONE), unheld);
        assertEquals(200, p.in().update().get(T, MILLISECONDS).code());
        assertEquals(200, p.in().reinvite().get(T, MILLISECONDS).code());
    }

    /**
     * pjsip reports the call's INVITE answered after the CONFIRMED event, and a hold sent in between
     * once took that 200 for its own (27 % of the calls, before the call was held); each answer now
     * goes to the request with its CSeq.
     */
    @Test
    void aHoldRightAfterTheAnswerCompletesWithItsOwnAnswer() throws Exception {
        for (int i = 0; i < 40; i++) {
            Connected p = Connected.call(ep, alice, "carol" + i);
            HoldAt held = p.out().hold().thenApply(s -> new HoldAt(s, p.out().info().hold())).get(T, MILLISECONDS);
            assertEquals(new HoldAt(new SipStatus(200, "OK"), HoldState.LOCAL), held, "call " + i);
            p.out().hangup();
            p.outEvents().disconnected.get(T, MILLISECONDS);
        }
    }

    /**
     * RFC 3311's case: an UPDATE while the INVITE is still pending. The refusal of a re-INVITE with an
     * offer outstanding once refused this UPDATE too.
     */
    @Test
    void anUpdateInTheEarlyDialogCompletesBeforeTheAnswer() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(183);
        Account bobAccount = Loopback.account(ep, "early-bob", bob);
        CallEvents out = new CallEvents();
        Call call = alice.makeCall(bobAccount.uri(), out);
        Call in = bob.firstCall.get(T, MILLISECONDS);
        out.awaitMedia(CallInfo::earlyMedia);

        assertEquals(new SipStatus(200, "OK"), in.update().get(T, MILLISECONDS));
        assertEquals(CallState.EARLY, call.state(), "the UPDATE did not answer the call");
        in.answer(200);
        assertEquals(200, call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS).lastStatusCode());
        call.hangup();
        out.disconnected.get(T, MILLISECONDS);
    }

    /** The peer's re-INVITE arrives at about the time of its media event; the order is pjsip's. */
    private static String awaitUserAgent(Call call) throws InterruptedException {
        long deadline = System.nanoTime() + MILLISECONDS.toNanos(T);
        while (call.info().remoteUserAgent().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return call.info().remoteUserAgent();
    }

    private record HoldAt(SipStatus status, HoldState hold) {
    }

    @Test
    void aPeerThatNamesItselfOnlyInItsReinviteIsKnownAndSeesOurHeaders() throws Exception {
        try (Sipp peer = Sipp.server("reinvite-with-ua-check-headers.xml", 1, SIPP_TIMEOUT)) {
            CallEvents events = new CallEvents();
            Call call = alice.makeCall("sip:quiet@" + peer.hostPort(), events);
            call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertEquals("Quiet-Reinviter/2.0", awaitUserAgent(call));

            SipStatus held = call.hold(List.of(new SipHeader("X-Hold-Why", "because of a test"))).get(T, MILLISECONDS);
            assertEquals(200, held.code(), held.toString());
            SipStatus refused = call.unhold().get(T, MILLISECONDS);
            assertEquals(new SipStatus(488, "Not Acceptable Here"), refused);
            assertEquals(CallState.CONFIRMED, call.state(), "a refused offer leaves the call up");

            call.hangup(0, null, List.of(new SipHeader("X-Bye-Why", "done")));
            events.disconnected.get(T, MILLISECONDS);
            assertEquals(0, peer.await(SIPP_TIMEOUT), peer.log());
        }
    }
}
