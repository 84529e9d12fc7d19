package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Sipp;

/**
 * SDP the facade cannot use, as pjproject's own tests send it, against SIPp: a 183 whose answer is
 * unusable.
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
}
