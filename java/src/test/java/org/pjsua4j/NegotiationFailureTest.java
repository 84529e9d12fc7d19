package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Sipp;

/**
 * SDP the facade cannot use, as pjproject's own tests send it, against SIPp: a 183 whose answer is
 * unusable, and a re-INVITE whose offer is.
 */
class NegotiationFailureTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(20);

    /**
     * pjsua cancels the call itself when the 183's answer leaves no usable stream; a hangup of ours on
     * top makes pjsua schedule a hangup retry whose timer it frees unscheduled (a pjsua bug, left to
     * the lead), so the test leaves the CANCEL to pjsua.
     */
    @Test
    void aCancelAfterAnUnusableEarlyAnswerEndsIn487() throws Exception {
        try (Sipp peer = Sipp.server("early-unusable-sdp-then-cancel.xml", 1, SIPP_TIMEOUT)) {
            CallEvents events = new CallEvents();
            alice.makeCall("sip:odd@" + peer.hostPort(), events);
            CallInfo end = events.disconnected.get(T, MILLISECONDS);
            assertEquals(487, end.lastStatusCode(), end.toString());
            assertEquals(0, peer.await(SIPP_TIMEOUT), peer.log());
        }
    }

    /**
     * pjproject's ticket 1866: after a re-INVITE offering only a disabled codec (500, the call keeps
     * its audio), the next re-INVITE's offer, PCMU sendonly, is negotiated and applied: the callee
     * reports the peer's hold on PCMU, then the resumption; SIPp checks the answers (PCMU recvonly,
     * then sendrecv).
     */
    @Test
    void aReinviteAfterAFailedNegotiationUpdatesTheAudio() throws Exception {
        int pcma = ep.codecs().stream().filter(c -> c.id().startsWith("PCMA/")).findFirst().orElseThrow().priority();
        ep.setCodecPriority("PCMA", 0);
        try {
            Loopback.Answering bob = Loopback.Answering.with(200);
            Loopback.account(ep, "bob", bob);
            try (Sipp caller = Sipp.client("uac-reinvite-after-failed-negotiation.xml", "bob", Loopback.udp(ep).hostPort(),
                    1, SIPP_TIMEOUT)) {
                assertEquals(0, caller.await(SIPP_TIMEOUT), caller.log());
                CallInfo held = bob.events.awaitMedia(i -> i.hold() == HoldState.REMOTE);
                assertEquals(MediaStatus.REMOTE_HOLD, held.mediaStatus(), held.toString());
                assertEquals("PCMU", held.audio().orElseThrow().codec(), "a held call keeps its stream: " + held);
                CallInfo resumed = bob.events.awaitMedia(i -> i.hold() == HoldState.NONE);
                assertEquals(MediaStatus.ACTIVE, resumed.mediaStatus(), resumed.toString());
                assertEquals("PCMU", resumed.audio().orElseThrow().codec(), resumed.toString());
            }
        } finally {
            ep.setCodecPriority("PCMA", pcma);
        }
    }
}
