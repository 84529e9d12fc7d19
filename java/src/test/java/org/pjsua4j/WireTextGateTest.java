package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Text the facade writes into SIP messages passes one gate: no CR, LF or NUL where a line break would
 * add a header, and lengths pjsip's buffers and pools hold. Each refusal names the parameter; the
 * over-long ones used to crash the JVM (a URI of ~850 bytes in pjsua_verify_url, a 64 KB reason).
 */
class WireTextGateTest extends AliceOnLoopback {
    private static final String INJECTED = "\r\nX-Evil: 1";
    private static final String LONG_URI = "sip:" + "a".repeat(900) + "@127.0.0.1";
    private final CallListener none = new CallListener() {
    };

    private static void refused(String named, Executable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(named), "the message names " + named + ": " + e.getMessage());
    }

    @Test
    void configurationTextIsOneLineAndBounded() {
        refused("userAgent", () -> EndpointConfig.builder().userAgent("pjsua4j" + INJECTED));
        refused("account id", () -> AccountConfig.builder("sip:a@127.0.0.1" + INJECTED));
        refused("account id", () -> AccountConfig.builder(LONG_URI));
        refused("registrar", () -> AccountConfig.builder("sip:a@127.0.0.1").registrar("sip:127.0.0.1\n"));
        refused("proxy[0]", () -> AccountConfig.builder("sip:a@127.0.0.1").proxy("sip:127.0.0.1;lr\0"));
        refused("credential username", () -> AccountConfig.builder("sip:a@127.0.0.1").credential("*", "u" + INJECTED, "p"));
        refused("credential realm", () -> AccountConfig.builder("sip:a@127.0.0.1").credential("r\r", "u", "p"));
        refused("contactUriParams", () -> AccountConfig.builder("sip:a@127.0.0.1").contactUriParams(";a" + INJECTED));
        refused("contactParams", () -> AccountConfig.builder("sip:a@127.0.0.1").contactParams(";x=" + "y".repeat(2000)));
        refused("SIP header X-Case: value", () -> new SipHeader("X-Case", "1" + INJECTED));
        refused("SIP header name", () -> new SipHeader("X".repeat(65), "1"));
    }

    @Test
    void requestTextIsOneLineAndBounded() {
        String bob = Loopback.udp(ep).uri("bob");
        refused("destination", () -> alice.makeCall(bob + INJECTED, none));
        refused("destination", () -> alice.makeCall(bob + "\r\n", none));
        refused("destination", () -> alice.makeCall(LONG_URI, none));
        refused("destination", () -> alice.makeCall("", none));
        refused("uri", () -> ep.accountFor(LONG_URI));
        refused("method", () -> alice.sendRequest("OPTIONS" + INJECTED, bob));
        refused("target", () -> alice.sendRequest("OPTIONS", bob + INJECTED));
        refused("to", () -> alice.sendMessage(bob + "\n", "hi"));
        refused("message text", () -> alice.sendMessage(bob, "nul\0inside"));
        refused("message text", () -> alice.sendMessage(bob, "x".repeat(4000)));
        refused("presence note", () -> alice.setOnlineStatus(true, "busy" + INJECTED));
        assertEquals(0, ep.callCount(), "nothing refused reached pjsua");
    }

    @Test
    void callTextIsOneLineAndBounded() throws Exception {
        Loopback.Answering ringing = Loopback.Answering.with(180);
        Account bob = Loopback.account(ep, "bob", ringing);
        Call out = alice.makeCall(bob.uri(), none);
        Call in = ringing.firstCall.get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS);
        refused("hangup reason", () -> in.hangup(486, "x".repeat(64 * 1024)));
        refused("hangup reason", () -> in.hangup(486, "Busy" + INJECTED));
        refused("target", () -> in.redirect("sip:x@127.0.0.1" + INJECTED));
        refused("target", () -> out.transfer("sip:x@127.0.0.1\n"));
        refused("message text", () -> out.sendMessage("x".repeat(3000)));
        in.hangup(486, "Busy Here");
        assertEquals(486, ringing.events.disconnected.get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS).lastStatusCode(),
                "the call still works after the refusals");
        assertTrue(List.of(CallState.DISCONNECTED).contains(out.stateFuture(CallState.DISCONNECTED)
                .get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS).state()));
    }
}
