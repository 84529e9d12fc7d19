package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_acc_config;

/** Wrong arguments end in an exception that names what was wrong, never in a crash or a hang. */
class BadInputTest extends AliceOnLoopback {
    private final CallListener none = new CallListener() {
    };

    @Test
    void invalidDestinationUri() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> alice.makeCall("not a uri", none));
        assertTrue(e.getMessage().contains("destination 'not a uri'"), e.getMessage());
    }

    @Test
    void invalidAccountIdAndRegistrar() {
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
                () -> ep.addAccount(AccountConfig.builder("alice at home").build(), new AccountListener() {
                }));
        assertTrue(id.getMessage().contains("account id"), id.getMessage());
        IllegalArgumentException reg = assertThrows(IllegalArgumentException.class,
                () -> ep.addAccount(AccountConfig.builder("sip:a@127.0.0.1").registrar("::nope").build(),
                        new AccountListener() {
                        }));
        assertTrue(reg.getMessage().contains("registrar"), reg.getMessage());
    }

    /** The rule docs/architecture.md states: the facade refuses the argument, the raw layer passes pjsua's status. */
    @Test
    void aMalformedAccountIdIsTheFacadesArgumentErrorAndPjsuasStatusInTheRawLayer() {
        IllegalArgumentException facade = assertThrows(IllegalArgumentException.class,
                () -> ep.addAccount(AccountConfig.builder("alice at home").build(), new AccountListener() {
                }));
        assertTrue(facade.getCause() instanceof PjsipException, "the parser's refusal is the cause: " + facade);
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua.pjsua_acc_config_default(ac);
            ac.setId("alice at home");
            PjsipException raw = assertThrows(PjsipException.class, () -> pjsua.pjsua_acc_add(ac, false));
            assertEquals(pjsua.PJSIP_EINVALIDURI, raw.status(), raw.toString());
        }
    }

    @Test
    void nullArgumentsAreNamed() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> alice.makeCall(null, none));
        assertEquals("destination", e.getMessage());
        assertEquals("listener", assertThrows(NullPointerException.class,
                () -> alice.makeCall("sip:x@127.0.0.1", null)).getMessage());
        assertEquals("config", assertThrows(NullPointerException.class,
                () -> ep.addAccount(null, new AccountListener() {
                })).getMessage());
    }

    @Test
    void transportOfAnotherEndpointIsRefused() {
        Transport foreign = new Transport(99, TransportType.UDP, "127.0.0.1", 5060);
        assertThrows(IllegalArgumentException.class, () -> ep.addLocalAccount(foreign, new AccountListener() {
        }));
    }

    @Test
    void answerAndHangupOnAFinishedCall() throws Exception {
        Loopback.Answering bob = new Loopback.Answering(call -> call.hangup(603, "Decline"));
        Loopback.account(ep, "bob", bob);
        CallEvents events = new CallEvents();
        Call call = alice.makeCall(Loopback.udp(ep).uri("bob"), events);
        assertEquals(603, events.disconnected.get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS).lastStatusCode());

        assertThrows(IllegalStateException.class, () -> call.answer(200));
        assertThrows(IllegalStateException.class, call::hangup);
        assertThrows(IllegalStateException.class, call::mediaStats);
        call.close();
    }

    @Test
    void outOfRangeStatusCodes() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(180);
        Loopback.account(ep, "bob", bob);
        Call call = alice.makeCall(Loopback.udp(ep).uri("bob"), none);
        Call incoming = bob.firstCall.get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS);
        assertThrows(IllegalArgumentException.class, () -> incoming.answer(99));
        assertThrows(IllegalArgumentException.class, () -> incoming.answer(700));
        assertThrows(IllegalArgumentException.class, () -> incoming.hangup(200, null));
        PjsipException e = assertThrows(PjsipException.class, () -> call.answer(200));
        // The facade answers through pj4j_call_answer (native/src/pj4j_answer.c), which names itself.
        assertEquals("pj4j_call_answer", e.operation());
        call.hangup();
    }

    @Test
    void builderLimits() {
        EndpointConfig.Builder b = EndpointConfig.builder();
        assertThrows(IllegalArgumentException.class, () -> b.transport(TransportType.UDP, "localhost", 5060));
        assertThrows(IllegalArgumentException.class, () -> b.transport(TransportType.UDP, "127.0.0.1", 70000));
        assertThrows(IllegalArgumentException.class, () -> b.maxCalls(0));
        assertThrows(IllegalStateException.class, b::build);
        assertThrows(IllegalArgumentException.class, () -> RegistrationConfig.builder("sip:a@b").timeout(0));
    }
}
