package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pjsua4j.EndReason.MEDIA_TIMEOUT;
import static org.pjsua4j.EndReason.NO_ANSWER;
import static org.pjsua4j.EndReason.PEER_UNRESPONSIVE;
import static org.pjsua4j.EndReason.SESSION_EXPIRED;
import static org.pjsua4j.EndReason.SIGNALLED;
import static org.pjsua4j.Originator.LOCAL;
import static org.pjsua4j.Originator.REMOTE;

import org.junit.jupiter.api.Test;

/** EndReasons: only an established call that pjsip itself ended locally is blamed on a vanished peer. */
class EndReasonsTest {
    @Test
    void anEndOfTheFacadesOwnIsSaidSo() {
        assertEquals(MEDIA_TIMEOUT, EndReasons.of(MEDIA_TIMEOUT, LOCAL, true, true, 408, "Request Timeout"));
        assertEquals(NO_ANSWER, EndReasons.of(NO_ANSWER, LOCAL, true, false, 480, "Temporarily Unavailable"));
    }

    @Test
    void anUnrefreshedSessionExpired() {
        assertEquals(SESSION_EXPIRED, EndReasons.of(null, LOCAL, false, true, 408, EndReasons.NO_REFRESH));
    }

    @Test
    void aRequestInTheCallThatTimedOutOrWasUnknownMeansThePeerIsGone() {
        assertEquals(PEER_UNRESPONSIVE, EndReasons.of(null, LOCAL, false, true, 408, "Request Timeout"));
        assertEquals(PEER_UNRESPONSIVE, EndReasons.of(null, LOCAL, false, true, 481, "Call/Transaction Does Not Exist"));
    }

    @Test
    void everythingElseIsSignalling() {
        assertEquals(SIGNALLED, EndReasons.of(null, REMOTE, false, true, 200, "Normal call clearing"), "peer's BYE");
        assertEquals(SIGNALLED, EndReasons.of(null, LOCAL, true, true, 408, "Request Timeout"),
                "our own hangup to a vanished peer");
        assertEquals(SIGNALLED, EndReasons.of(null, LOCAL, false, false, 408, "Request Timeout"),
                "an INVITE nobody answered");
        assertEquals(SIGNALLED, EndReasons.of(null, LOCAL, false, true, 503, "Service Unavailable"));
        assertEquals(SIGNALLED, EndReasons.of(null, REMOTE, false, true, 408, EndReasons.NO_REFRESH),
                "the peer's session timer, not ours");
    }
}
