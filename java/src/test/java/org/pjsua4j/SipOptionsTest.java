package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_conf_port_info;

/**
 * Endpoint options pjsua has and the facade lacked, tried on one endpoint: no {@code norefersub},
 * compact headers and an 8 kHz bridge between two accounts over loopback, and a STUN server (a
 * minimal one of the test's on loopback) asked at start.
 */
class SipOptionsTest extends EndpointOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final int MAGIC_COOKIE = 0x2112A442;
    private static StunResponder stun;

    @Override
    Endpoint newEndpoint() {
        try {
            stun = new StunResponder();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .norefersub(false)
                .compactHeaders(true)
                .clockRate(8000)
                .stunServer("127.0.0.1:" + stun.socket.getLocalPort())
                .build());
    }

    @AfterAll
    static void stopStun() {
        if (stun != null) {
            stun.socket.close();
        }
    }

    /** The INVITE as sent, read by a socket of the test's: pjsua4j's own parsing hides the header form. */
    @Test
    void anInviteIsCompactAndDoesNotOfferNorefersub() throws Exception {
        Account alice = Loopback.account(ep, "alice", new AccountListener() {
        });
        try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            peer.setSoTimeout((int) T);
            Call out = alice.makeCall("sip:bob@127.0.0.1:" + peer.getLocalPort(), new CallEvents());
            DatagramPacket p = new DatagramPacket(new byte[8192], 8192);
            peer.receive(p);
            String invite = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
            out.hangup();
            assertTrue(invite.startsWith("INVITE "), invite);
            assertTrue(invite.contains("\r\ni: ") && !invite.contains("\r\nCall-ID:"), "Call-ID written as i: " + invite);
            assertTrue(invite.contains("\r\nk: "), "Supported written as k: " + invite);
            assertFalse(invite.contains("norefersub"), invite);
        }
    }

    @Test
    void theBridgeRunsAtTheClockRateAsked() {
        try (pjsua_conf_port_info info = new pjsua_conf_port_info()) {
            pjsua.pjsua_conf_get_port_info(0, info);
            assertEquals(8000, info.getClock_rate());
        }
        assertThrows(IllegalArgumentException.class, () -> EndpointConfig.builder().clockRate(12345));
    }

    @Test
    void theStunServerIsAskedAtStart() throws Exception {
        assertEquals(0x0001, stun.firstRequest.get(T, MILLISECONDS), "a STUN Binding request");
    }

    /** Answers STUN Binding requests (RFC 5389) with the sender's address, as a STUN server does. */
    private static final class StunResponder {
        final DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        final CompletableFuture<Integer> firstRequest = new CompletableFuture<>();

        StunResponder() throws IOException {
            Thread t = new Thread(this::serve, "stun-responder");
            t.setDaemon(true);
            t.start();
        }

        private void serve() {
            byte[] buf = new byte[1500];
            try {
                while (true) {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    socket.receive(p);
                    ByteBuffer req = ByteBuffer.wrap(buf, 0, p.getLength());
                    int type = req.getShort(0) & 0xffff;
                    firstRequest.complete(type);
                    if (type != 0x0001 || p.getLength() < 20) {
                        continue;
                    }
                    ByteBuffer res = ByteBuffer.allocate(32);
                    res.putShort((short) 0x0101).putShort((short) 12).putInt(MAGIC_COOKIE).put(buf, 8, 12);
                    byte[] addr = p.getAddress().getAddress();
                    res.putShort((short) 0x0020).putShort((short) 8).put((byte) 0).put((byte) 1)
                            .putShort((short) (p.getPort() ^ (MAGIC_COOKIE >>> 16)))
                            .putInt(ByteBuffer.wrap(addr).getInt() ^ MAGIC_COOKIE);
                    socket.send(new DatagramPacket(res.array(), res.position(), p.getSocketAddress()));
                }
            } catch (IOException closed) {
                // the test is over
            }
        }
    }
}
