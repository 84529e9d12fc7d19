package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.PjsuaApp;

/** Calls to and from pjproject's own pjsua app, a separate process, over 127.0.0.1. */
class PjsuaAppCallTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    /** After our hangup the app must have seen the whole call, and our audio, too. */
    private static void assertAppSawTheCallEndWithOurRtp(PjsuaApp app) throws Exception {
        assertTrue(app.awaitLog("state changed to CONFIRMED", CallEvents.TIMEOUT), app.log());
        assertTrue(app.awaitLog("is DISCONNECTED [reason=200", CallEvents.TIMEOUT), app.log());
        long received = app.rxPacketsOfLastCall();
        assertTrue(received >= 25, "RTP the app received: " + received);
    }

    @Test
    void callToTheAppIsAnsweredAndRtpFlowsBothWays() throws Exception {
        try (PjsuaApp app = PjsuaApp.answering()) {
            CallEvents events = new CallEvents();
            Call call = alice.makeCall(app.uri("app"), events);

            CallInfo confirmed = call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertEquals(200, confirmed.lastStatusCode(), confirmed.toString());
            assertEquals(MediaStatus.ACTIVE, events.mediaActive.get(T, MILLISECONDS).mediaStatus());
            CallTest.awaitPackets(call, 25);

            call.hangup();
            events.disconnected.get(T, MILLISECONDS);
            assertAppSawTheCallEndWithOurRtp(app);
        }
    }

    @Test
    void callFromTheAppIsAnsweredAndRtpFlowsBothWays() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        Account account = Loopback.account(ep, "bob", bob);
        try (PjsuaApp app = PjsuaApp.calling(account.uri())) {
            Call call = bob.firstCall.get(T, MILLISECONDS);
            CallInfo confirmed = call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertTrue(confirmed.remoteContact().contains(app.hostPort()), confirmed.toString());
            assertEquals(MediaStatus.ACTIVE, bob.events.mediaActive.get(T, MILLISECONDS).mediaStatus());
            CallTest.awaitPackets(call, 25);

            call.hangup();
            bob.events.disconnected.get(T, MILLISECONDS);
            assertAppSawTheCallEndWithOurRtp(app);
        }
    }
}
