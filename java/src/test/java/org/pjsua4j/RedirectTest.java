package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** 3xx redirects: followed only when the caller's listener says so. */
class RedirectTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @Test
    void redirectIsFollowedWhenTheListenerAgrees() throws Exception {
        Loopback.Answering carol = Loopback.Answering.with(200);
        Account carolAccount = Loopback.account(ep, "carol", carol);
        Account bob = Loopback.account(ep, "bob", new Loopback.Answering(call -> call.redirect(carolAccount.uri())));
        List<String> targets = new CopyOnWriteArrayList<>();
        CallEvents following = new CallEvents() {
            @Override
            public RedirectDecision onRedirect(Call call, String target) {
                targets.add(target);
                // All accounts share one address, so pjsua tells them apart by the To header.
                return RedirectDecision.FOLLOW_REPLACING_TO;
            }
        };
        Call call = alice.makeCall(bob.uri(), following);
        assertEquals(200, call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS).lastStatusCode());
        assertEquals(1, targets.size(), targets.toString());
        assertTrue(targets.get(0).contains(carolAccount.uri()), targets.toString());
        assertTrue(carol.firstCall.get(T, MILLISECONDS).stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS)
                .remoteUri().contains("alice"));
    }

    @Test
    void redirectEndsTheCallByDefault() throws Exception {
        Loopback.Answering carol = Loopback.Answering.with(200);
        Account carolAccount = Loopback.account(ep, "carol", carol);
        Account bob = Loopback.account(ep, "bob", new Loopback.Answering(call -> call.redirect(carolAccount.uri())));
        CallEvents events = new CallEvents();
        alice.makeCall(bob.uri(), events);
        CallInfo end = events.disconnected.get(T, MILLISECONDS);
        // pjsip ends a redirect it was told not to follow as 487 Request Terminated.
        assertEquals(487, end.lastStatusCode(), end.toString());
        assertEquals(Originator.REMOTE, end.endedBy().orElseThrow());
        assertFalse(carol.firstCall.isDone(), "carol was never called");
    }
}
