package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rejecting, holding, DTMF and hanging up calls between two accounts over loopback. */
class CallControlTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    private Connected connect() throws Exception {
        return Connected.call(ep, alice, "bob");
    }

    @Test
    void rejectSaysBusyOrDecline() throws Exception {
        for (boolean busy : List.of(true, false)) {
            Loopback.Answering callee = new Loopback.Answering(call -> call.reject(busy));
            Account target = Loopback.account(ep, busy ? "busy" : "decline", callee);
            CallEvents caller = new CallEvents();
            alice.makeCall(target.uri(), caller);
            CallInfo ended = caller.disconnected.get(T, MILLISECONDS);
            assertEquals(busy ? 486 : 603, ended.lastStatusCode(), ended.toString());
        }
    }

    @Test
    void dtmfArrivesAsEventsOverRfc2833AndSipInfo() throws Exception {
        Connected p = connect();
        p.out().sendDtmf("1*#", DtmfMethod.RFC2833);
        for (char expected : "1*#".toCharArray()) {
            DtmfEvent e = p.inEvents().nextDigit();
            assertEquals(expected, e.digit(), String.valueOf(e));
            assertEquals(DtmfMethod.RFC2833, e.method());
        }
        p.in().sendDtmf("9a", DtmfMethod.SIP_INFO);
        for (char expected : "9A".toCharArray()) {
            DtmfEvent e = p.outEvents().nextDigit();
            assertEquals(expected, e.digit(), String.valueOf(e));
            assertEquals(DtmfMethod.SIP_INFO, e.method());
        }
        assertThrows(IllegalArgumentException.class, () -> p.out().sendDtmf("12x", DtmfMethod.RFC2833));
        assertThrows(IllegalArgumentException.class, () -> p.out().sendDtmf("", DtmfMethod.SIP_INFO));
    }

    @Test
    void holdIsSeenOnBothSidesAndUndone() throws Exception {
        Connected p = connect();
        p.out().hold();
        assertEquals(HoldState.LOCAL, p.outEvents().awaitMedia(i -> i.hold() != HoldState.NONE).hold());
        assertEquals(HoldState.REMOTE, p.inEvents().awaitMedia(i -> i.hold() != HoldState.NONE).hold());

        p.in().hold();
        assertEquals(HoldState.BOTH, p.inEvents().awaitMedia(i -> i.hold() == HoldState.BOTH).hold());
        assertEquals(HoldState.BOTH, p.outEvents().awaitMedia(i -> i.hold() == HoldState.BOTH).hold());

        p.in().unhold();
        assertEquals(HoldState.REMOTE, p.inEvents().awaitMedia(i -> i.hold() != HoldState.BOTH).hold());
        p.out().unhold();
        assertEquals(HoldState.NONE, p.outEvents().awaitMedia(i -> i.hold() == HoldState.NONE).hold());
        assertEquals(MediaStatus.ACTIVE, p.inEvents().awaitMedia(i -> i.hold() == HoldState.NONE).mediaStatus());
    }

    @Test
    void hangupAllEndsEveryCall() throws Exception {
        Connected p = connect();
        ep.hangupAll();
        assertEquals(CallState.DISCONNECTED, p.outEvents().disconnected.get(T, MILLISECONDS).state());
        assertEquals(CallState.DISCONNECTED, p.inEvents().disconnected.get(T, MILLISECONDS).state());
        assertThrows(IllegalStateException.class, () -> p.out().answer(200), "answer on a finished call");
        assertThrows(IllegalStateException.class, () -> p.out().hangup(), "hangup on a finished call");
        assertThrows(IllegalStateException.class, () -> p.out().sendDtmf("1", DtmfMethod.RFC2833));
        assertTrue(p.out().info().lastStatusCode() > 0);
    }
}
