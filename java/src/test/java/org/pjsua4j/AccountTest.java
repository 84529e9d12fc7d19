package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals("<sip:127.0.0.1:" + udp.port() + ">", overUdp.uri());
        // URI parameter names and values are case-insensitive (RFC 3261 19.1.4); pjsua writes "TCP".
        assertTrue(overTcp.uri().equalsIgnoreCase("<sip:127.0.0.1:" + tcp.port() + ";transport=tcp>"), overTcp.uri());
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
        assertEquals("sip:127.0.0.1", config.registrarUri());
        assertEquals(Set.of("alice"), config.credentials().stream().map(AccountConfig.Credential::username)
                .collect(Collectors.toSet()));
    }
}
