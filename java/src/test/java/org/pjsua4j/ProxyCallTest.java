package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Kamailio;

/**
 * Calls between accounts registered on a real Kamailio that proxies them and challenges every INVITE
 * with 407. Its log names each challenge and each authenticated request by Call-ID.
 */
class ProxyCallTest extends EndpointOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static Kamailio kamailio;

    @BeforeAll
    static void startProxy() throws Exception {
        kamailio = Kamailio.start(Map.of("erin", "erin-pw", "frank", "frank-pw"), 60, 1800);
    }

    @AfterAll
    static void stopProxy() throws Exception {
        kamailio.close();
    }

    private Account registered(String user, AccountListener listener) throws Exception {
        Account account = ep.addAccount(AccountConfig.of(kamailio.domain(), user, user + "-pw"), listener);
        RegistrationEvent first = account.registration().get(T, MILLISECONDS);
        assertTrue(first.succeeded(), first.toString());
        return account;
    }

    private static long count(String text, String line) {
        return text.lines().filter(l -> l.contains(line)).count();
    }

    @Test
    void callIsChallengedAuthenticatedAndConnectedThroughTheProxy() throws Exception {
        Loopback.Answering frank = Loopback.Answering.with(200);
        registered("frank", frank);
        Account erin = registered("erin", new AccountListener() {
        });
        CallEvents caller = new CallEvents();

        Call call = erin.makeCall("sip:frank@" + kamailio.domain(), caller);
        CallInfo confirmed = call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        Call callee = frank.firstCall.get(T, MILLISECONDS);
        CallInfo answered = callee.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        assertEquals(MediaStatus.ACTIVE, caller.mediaActive.get(T, MILLISECONDS).mediaStatus());
        assertEquals(MediaStatus.ACTIVE, frank.events.mediaActive.get(T, MILLISECONDS).mediaStatus());
        CallTest.awaitPackets(call, 25);
        CallTest.awaitPackets(callee, 25);

        assertEquals(confirmed.sipCallId(), answered.sipCallId(), "frank got erin's call through the proxy");
        // pjsip prints From/To without the port (RFC 3261 table 1 allows none there).
        assertTrue(answered.remoteUri().contains("sip:erin@127.0.0.1"), answered.toString());
        String log = kamailio.log();
        assertEquals(1, count(log, "pjsua4j: 407 for INVITE " + confirmed.sipCallId()), log);
        assertEquals(1, count(log, "pjsua4j: INVITE " + confirmed.sipCallId() + " authenticated as erin"), log);

        call.hangup();
        caller.disconnected.get(T, MILLISECONDS);
        assertEquals(CallState.DISCONNECTED, frank.events.disconnected.get(T, MILLISECONDS).state());
    }

    @Test
    void callWithAWrongPasswordEndsWith407AndNeverReachesTheCallee() throws Exception {
        Loopback.Answering frank = Loopback.Answering.with(200);
        registered("frank", frank);
        Account erin = ep.addAccount(AccountConfig.builder("sip:erin@" + kamailio.domain())
                .credential("*", "erin", "not-erin-pw").build(), new AccountListener() {
                });
        CallEvents caller = new CallEvents();

        Call call = erin.makeCall("sip:frank@" + kamailio.domain(), caller);
        CallInfo end = caller.disconnected.get(T, MILLISECONDS);
        assertEquals(407, end.lastStatusCode(), end.toString());
        assertFalse(caller.states.contains(CallState.CONFIRMED));
        assertFalse(frank.firstCall.isDone(), "frank's phone never rang");
        // One challenge for the INVITE without credentials, one for the retry with the wrong password.
        String log = kamailio.log();
        assertEquals(2, count(log, "pjsua4j: 407 for INVITE " + call.info().sipCallId()), log);
        assertEquals(0, count(log, "pjsua4j: INVITE " + call.info().sipCallId() + " authenticated"), log);
    }
}
