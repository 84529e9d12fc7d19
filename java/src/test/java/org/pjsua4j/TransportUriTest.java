package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Transport.hostPort and uri: IPv6 in brackets, ;transport=tcp for TCP only. */
class TransportUriTest {
    private static final Transport UDP4 = new Transport(0, TransportType.UDP, "127.0.0.1", 5060);
    private static final Transport TCP4 = new Transport(1, TransportType.TCP, "127.0.0.1", 5070);
    private static final Transport UDP6 = new Transport(2, TransportType.UDP, "::1", 5062);
    private static final Transport TCP6 = new Transport(3, TransportType.TCP, "fe80::1:2", 5072);

    @Test
    void hostPortOfIpv4() {
        assertEquals("127.0.0.1:5060", UDP4.hostPort());
        assertEquals("127.0.0.1:5070", TCP4.hostPort());
    }

    @Test
    void hostPortOfIpv6IsBracketed() {
        assertEquals("[::1]:5062", UDP6.hostPort());
        assertEquals("[fe80::1:2]:5072", TCP6.hostPort());
    }

    @Test
    void uriWithAndWithoutUser() {
        assertEquals("sip:alice@127.0.0.1:5060", UDP4.uri("alice"));
        assertEquals("sip:127.0.0.1:5060", UDP4.uri(null));
        assertEquals("sip:bob@[::1]:5062", UDP6.uri("bob"));
    }

    @Test
    void tcpUrisSayTransportTcp() {
        assertEquals("sip:alice@127.0.0.1:5070;transport=tcp", TCP4.uri("alice"));
        assertEquals("sip:[fe80::1:2]:5072;transport=tcp", TCP6.uri(null));
    }
}
