package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Kamailio;

/** Instant messages (SIP MESSAGE) in and out of a call, with their delivery status. */
class MessageTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @Test
    void messageOutsideACallIsDeliveredAndConfirmed() throws Exception {
        BlockingQueue<InstantMessage> inbox = new LinkedBlockingQueue<>();
        Account bob = Loopback.account(ep, "bob", new AccountListener() {
            @Override
            public void onMessage(InstantMessage message) {
                inbox.add(message);
            }
        });
        SipStatus status = alice.sendMessage(bob.uri(), "héllo ☺ 𝄞").get(T, MILLISECONDS);
        assertEquals(200, status.code(), status.toString());
        InstantMessage m = inbox.poll(T, TimeUnit.MILLISECONDS);
        assertEquals("héllo ☺ 𝄞", m.body());
        assertEquals("text/plain", m.contentType());
        assertTrue(m.from().contains("sip:alice@127.0.0.1"), m.from());
    }

    @Test
    void messageInsideACallGoesToTheCallListener() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        assertEquals(200, c.out().sendMessage("in the call").get(T, MILLISECONDS).code());
        assertEquals("in the call", c.inEvents().messages.poll(T, TimeUnit.MILLISECONDS).body());
        assertEquals(200, c.in().sendMessage("back").get(T, MILLISECONDS).code());
        assertEquals("back", c.outEvents().messages.poll(T, TimeUnit.MILLISECONDS).body());
    }

    @Test
    void undeliverableMessageReportsAFailureStatus() throws Exception {
        SipStatus status = alice.sendMessage("sip:nobody@127.0.0.1:" + Kamailio.freePort() + ";transport=tcp", "lost")
                .get(T, MILLISECONDS);
        assertTrue(status.code() >= 400, status.toString());
        assertThrows(IllegalArgumentException.class, () -> alice.sendMessage("nobody", "x"));
    }
}
