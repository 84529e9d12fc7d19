package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.PjsuaApp;

/** Calls to and from pjproject's own pjsua app, a separate process, over 127.0.0.1. */
class PjsuaAppCallTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    /**
     * After our hangup the app must have seen the whole call, and our audio, too. Its log reaches the
     * file in stdio's blocks, so the end of the call may sit in the buffer until the app exits: the
     * log is read after quitting (pjsua_destroy takes the call's lock, so the app's DISCONNECTED
     * handler has finished by then).
     */
    private static void assertAppSawTheCallEndWithOurRtp(PjsuaApp app) throws Exception {
        String log = app.quitAndReadLog();
        assertTrue(log.contains("state changed to CONFIRMED"), log);
        assertTrue(log.contains("is DISCONNECTED [reason=200"), log);
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
