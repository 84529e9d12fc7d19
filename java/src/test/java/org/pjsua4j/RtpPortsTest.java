package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Kamailio;

/** EndpointConfig.rtpPorts: calls' RTP stays in the range given, wrapping within it. */
class RtpPortsTest extends EndpointOnLoopback {
    private static final int COUNT = 8;
    private static int first;

    @Override
    Endpoint newEndpoint() {
        try {
            first = Math.min(Kamailio.freePort() & ~1, 65536 - COUNT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Endpoint.start(EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0)
                .rtpPorts(first, COUNT).build());
    }

    /** Six calls between two accounts take twelve RTP ports from a range of four pairs. */
    @Test
    void callsTakeTheirRtpPortsInTurnWithinTheRange() throws Exception {
        Account alice = Loopback.account(ep, "alice", new AccountListener() {
        });
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Connected c = Connected.call(ep, alice, "bob" + i);
            for (Call call : List.of(c.out(), c.in())) {
                String local = call.info().audio().orElseThrow().localRtp();
                ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1)));
            }
            c.out().hangup();
            c.outEvents().disconnected.get(CallEvents.TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            c.in().account().close();
        }
        System.out.println("RTP range " + first + "+" + COUNT + ": " + ports);
        assertTrue(ports.stream().allMatch(p -> p >= first && p + 1 < first + COUNT), ports.toString());
        assertTrue(new TreeSet<>(ports).size() > 1, "in turn, not one port: " + ports);
        assertEquals(first, ports.get(0), "the first call starts at the first port");
    }

    @Test
    void aRangeOutsideThePortsOrSmallerThanTwoPairsIsRefused() {
        EndpointConfig.Builder b = EndpointConfig.builder();
        assertEquals("rtpPorts first must be 1..65532, not 0",
                assertThrows(IllegalArgumentException.class, () -> b.rtpPorts(0, 10)).getMessage());
        assertEquals("rtpPorts count must be 4..36 from port 65500, not 100",
                assertThrows(IllegalArgumentException.class, () -> b.rtpPorts(65500, 100)).getMessage());
        assertEquals("rtpPorts count must be 4..6536 from port 59000, not 2",
                assertThrows(IllegalArgumentException.class, () -> b.rtpPorts(59000, 2)).getMessage());
        assertEquals(new PortRange(4000, 100), b.rtpPorts(4000, 100).transport(TransportType.UDP, "127.0.0.1", 0)
                .build().rtpPorts().orElseThrow());
    }
}
