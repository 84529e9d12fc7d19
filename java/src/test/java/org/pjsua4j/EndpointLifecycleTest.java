package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.pjsua4j.raw.PjsipException;

class EndpointLifecycleTest {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @Test
    void startCloseAndStartAgain() {
        for (int i = 0; i < 3; i++) {
            Endpoint ep = Loopback.endpoint();
            assertTrue(ep.isOpen());
            Transport udp = Loopback.udp(ep);
            assertEquals("127.0.0.1", udp.host());
            assertTrue(udp.port() > 0, udp.toString());
            ep.close();
            assertFalse(ep.isOpen());
        }
    }

    @Test
    void aSecondEndpointIsRefusedWhileOneIsOpen() {
        try (Endpoint ep = Loopback.endpoint()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, Loopback::endpoint);
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            assertTrue(ep.isOpen());
        }
    }

    @Test
    void closeIsIdempotentAndUseAfterCloseThrows() {
        Endpoint ep = Loopback.endpoint();
        Account a = Loopback.account(ep, "alice", new AccountListener() {
        });
        ep.close();
        ep.close();
        assertThrows(IllegalStateException.class, ep::accounts);
        assertThrows(IllegalStateException.class, () -> ep.addAccount(AccountConfig.builder("sip:x@127.0.0.1").build(),
                new AccountListener() {
                }));
        assertFalse(a.isOpen());
        assertThrows(IllegalStateException.class, () -> a.makeCall("sip:bob@127.0.0.1", new CallListener() {
        }));
        a.close();
    }

    @Test
    void closeWithACallUpEndsItAndDeliversTheEvents() throws Exception {
        CallEvents caller = new CallEvents();
        Loopback.Answering bob = Loopback.Answering.with(200);
        Call call;
        try (Endpoint ep = Loopback.endpoint()) {
            Account alice = Loopback.account(ep, "alice", new AccountListener() {
            });
            Loopback.account(ep, "bob", bob);
            call = alice.makeCall(Loopback.udp(ep).uri("bob"), caller);
            call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertEquals(2, ep.callCount());
        }
        assertTrue(caller.disconnected.isDone(), "caller's DISCONNECTED delivered before close() returned");
        assertTrue(bob.events.disconnected.isDone(), "callee's DISCONNECTED delivered before close() returned");
        assertEquals(CallState.DISCONNECTED, call.state());
        call.close();
    }

    @Test
    void aTakenPortFailsStartCleanlyAndTheNextStartWorks() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            EndpointConfig config = EndpointConfig.builder()
                    .transport(TransportType.UDP, "127.0.0.1", taken.getLocalPort()).build();
            PjsipException e = assertThrows(PjsipException.class, () -> Endpoint.start(config));
            assertEquals("pjsua_transport_create", e.operation());
            assertTrue(e.getMessage().contains("Address already in use"), e.getMessage());
        }
        try (Endpoint ep = Loopback.endpoint()) {
            assertTrue(ep.isOpen());
        }
    }
}
