package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Sipp;

/** Calls to and from SIPp, an independent SIP stack, over 127.0.0.1; its scenarios check our messages. */
class SippCallTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void callToSippIsAnsweredWithAudioAndEndsWithOurBye() throws Exception {
        try (Sipp sipp = Sipp.server("uas-audio.xml", 1, SIPP_TIMEOUT)) {
            CallEvents events = new CallEvents();
            Call call = alice.makeCall("sip:sipp@" + sipp.hostPort(), events);

            CallInfo confirmed = call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertEquals(200, confirmed.lastStatusCode(), confirmed.toString());
            assertTrue(confirmed.remoteContact().contains(sipp.hostPort()), confirmed.toString());
            assertEquals(MediaStatus.ACTIVE, events.mediaActive.get(T, MILLISECONDS).mediaStatus());
            // SIPp echoes RTP: what comes back went to the address and port of its SDP answer.
            CallTest.awaitPackets(call, 25);

            call.hangup();
            events.disconnected.get(T, MILLISECONDS);
            assertEquals(0, sipp.await(SIPP_TIMEOUT), sipp.log());
            assertEquals(List.of(CallState.CALLING, CallState.EARLY, CallState.CONNECTING, CallState.CONFIRMED,
                    CallState.DISCONNECTED), events.distinctStates());
        }
    }

    @Test
    void callFromSippRingsInIsAnsweredAndEndedBySipp() throws Exception {
        CompletableFuture<CallState> ringingIn = new CompletableFuture<>();
        Loopback.Answering bob = new Loopback.Answering(call -> {
            ringingIn.complete(call.info().state());
            call.answer(180);
            call.answer(200);
        });
        Loopback.account(ep, "bob", bob);

        try (Sipp sipp = Sipp.client("uac-audio.xml", "bob", Loopback.udp(ep).hostPort(), 1, SIPP_TIMEOUT)) {
            Call call = bob.firstCall.get(T, MILLISECONDS);
            assertEquals(CallState.INCOMING, ringingIn.get(T, MILLISECONDS));
            CallInfo confirmed = call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertTrue(confirmed.remoteUri().contains("sipp@127.0.0.1"), confirmed.toString());
            assertEquals(MediaStatus.ACTIVE, bob.events.mediaActive.get(T, MILLISECONDS).mediaStatus());

            // We never hang up: SIPp's BYE ends the call, and SIPp got our 200 to it.
            CallInfo end = bob.events.disconnected.get(T, MILLISECONDS);
            assertEquals(0, sipp.await(SIPP_TIMEOUT), sipp.log());
            assertTrue(end.connectDuration().toMillis() >= 900, "SIPp held the call for 1 s: " + end);
            assertEquals(List.of(CallState.EARLY, CallState.CONNECTING, CallState.CONFIRMED, CallState.DISCONNECTED),
                    bob.events.distinctStates());
        }
    }
}
