package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccountTest extends EndpointOnLoopback {
    private final AccountListener quiet = new AccountListener() {
    };

    @Test
    void userlessAccountsTakeTheirTransportsAddress() {
        Transport udp = ep.transports().get(0);
        Transport tcp = ep.transports().get(1);
        Account overUdp = ep.addLocalAccount(udp, quiet);
        Account overTcp = ep.addLocalAccount(tcp, quiet);
        assertEquals("sip:127.0.0.1:" + udp.port(), overUdp.uri(), "as a normal account's, without angle brackets");
        assertEquals(overUdp.uri(), overUdp.info().uri(), "the snapshot names it as the account does");
        assertEquals(overTcp.uri(), overTcp.info().uri());
        // URI parameter names and values are case-insensitive (RFC 3261 19.1.4); pjsua writes "TCP".
        assertTrue(overTcp.uri().equalsIgnoreCase("sip:127.0.0.1:" + tcp.port() + ";transport=tcp"), overTcp.uri());
        assertNull(overUdp.config());
    }

    @Test
    void accountsAreListedAndRemovedOnClose() {
        Account alice = Loopback.account(ep, "alice", quiet);
        Account bob = Loopback.account(ep, "bob", quiet);
        assertEquals(Set.of(alice, bob), Set.copyOf(ep.accounts()));
        assertTrue(alice.uri().startsWith("sip:alice@127.0.0.1:"));

        alice.close();
        alice.close();
        assertFalse(alice.isOpen());
        assertEquals(Set.of(bob), Set.copyOf(ep.accounts()));
    }

    @Test
    void theDefaultAccountCanBeChosen() {
        Account alice = Loopback.account(ep, "alice", quiet);
        Account bob = Loopback.account(ep, "bob", quiet);
        assertEquals(alice, ep.defaultAccount().orElseThrow());
        bob.setDefault();
        assertTrue(bob.isDefault());
        assertFalse(alice.isDefault());
        assertEquals(bob, ep.defaultAccount().orElseThrow());
    }

    @Test
    void credentialsNeverShowInToString() {
        AccountConfig config = AccountConfig.of("127.0.0.1", "alice", "s3cret-pw");
        assertFalse(config.toString().contains("s3cret-pw"), config.toString());
        assertFalse(config.credentials().get(0).toString().contains("s3cret-pw"));
        assertEquals("sip:alice@127.0.0.1", config.id());
        assertEquals("sip:127.0.0.1", config.registration().orElseThrow().registrarUri());
        assertEquals(Set.of("alice"), config.credentials().stream().map(Credential::username)
                .collect(Collectors.toSet()));
    }

    @Test
    void theEndpointFindsTheAccountForAUri() {
        assertTrue(ep.accountFor("sip:x@127.0.0.1").isEmpty());
        Account local = ep.addLocalAccount(ep.transports().get(0), quiet);
        Account carol = ep.addAccount(AccountConfig.builder("sip:carol@192.0.2.1").build(), quiet);
        assertEquals(carol, ep.accountFor("sip:someone@192.0.2.1").orElseThrow());
        assertEquals(local, ep.accountFor("sip:someone@198.51.100.7").orElseThrow(), "no match: the default");
        assertThrows(IllegalArgumentException.class, () -> ep.accountFor("not a uri"));
    }

    @Test
    void infoReportsPresenceAndRegistrationState() {
        Account dave = Loopback.account(ep, "dave", quiet);
        AccountInfo info = dave.info();
        assertEquals(dave.id(), info.id());
        assertEquals(dave.uri(), info.uri());
        assertTrue(info.isDefault());
        assertFalse(info.hasRegistration());
        assertEquals(-1, info.expires());
        assertFalse(info.online(), "pjsua starts accounts offline");
        assertEquals("Offline", info.onlineStatusText());

        dave.setOnlineStatus(true, "Gone fishing");
        info = dave.info();
        assertTrue(info.online());
        assertEquals("Gone fishing", info.onlineStatusText());
        dave.close();
        assertThrows(IllegalStateException.class, dave::info);
    }

    @Test
    void anOptionsPingGetsTheFinalStatus() throws Exception {
        Account erin = Loopback.account(ep, "erin", quiet);
        SipStatus ok = erin.sendRequest("OPTIONS", "sip:127.0.0.1:" + Loopback.udp(ep).port())
                .get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS);
        assertEquals(new SipStatus(200, "OK"), ok);
        assertTrue(ok.isSuccess());

        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = s.getLocalPort();
        }
        SipStatus failed = erin.sendRequest("OPTIONS", "sip:127.0.0.1:" + closedPort + ";transport=tcp")
                .get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS);
        assertEquals(503, failed.code(), failed.toString());

        assertThrows(IllegalArgumentException.class, () -> erin.sendRequest("OPT IONS", "sip:127.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> erin.sendRequest("OPTIONS", "127.0.0.1"));
    }

    @Test
    void updateAndSetTransportTakeEffect() throws Exception {
        Account frank = Loopback.account(ep, "frank", quiet);
        frank.update(AccountConfig.builder("sip:frank2@127.0.0.1").contactUriParams(";x=1").build());
        assertEquals("sip:frank2@127.0.0.1", frank.uri());
        assertEquals("sip:frank2@127.0.0.1", frank.info().uri());

        frank.setTransport(ep.transports().get(1));
        try (ServerSocket peer = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            peer.setSoTimeout((int) CallEvents.TIMEOUT.toMillis());
            frank.sendRequest("OPTIONS", "sip:probe@127.0.0.1:" + peer.getLocalPort());
            try (Socket s = peer.accept()) {
                assertEquals("OPTIONS ", new String(s.getInputStream().readNBytes(8), StandardCharsets.US_ASCII),
                        "sent over the TCP transport the account is bound to");
            }
        }
        Account local = ep.addLocalAccount(ep.transports().get(0), quiet);
        assertThrows(IllegalStateException.class, () -> local.update(AccountConfig.builder("sip:x@127.0.0.1").build()));
    }
}
