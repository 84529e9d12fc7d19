package org.pjsua4j.torture;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Where responses to torture messages sent over UDP arrive. pjsip answers a request that came over UDP
 * at the source address (Via's received) and the port in Via's sent-by (5060 when it has none, the
 * source port with rport); the messages name 5060, 5050 and 5070. So this listens on 127.0.0.1 at
 * those ports, in the test's own network namespace, and sends from 5060. Each user agent has an
 * address of its own, so a response is sorted by the address it came from.
 */
final class UdpResponses implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    static final int SEND_PORT = 5060;
    private static final int[] PORTS = {SEND_PORT, 5050, 5070};

    private final List<DatagramSocket> sockets = new ArrayList<>();
    private final Map<String, BlockingQueue<SipBytes>> bySource = new ConcurrentHashMap<>();

    UdpResponses() throws IOException {
        InetAddress lo = InetAddress.getByName(HOST);
        for (int port : PORTS) {
            DatagramSocket s = new DatagramSocket(new InetSocketAddress(lo, port));
            sockets.add(s);
            Datagrams.receive(s, "udp-responses-" + port,
                    (m, from) -> from(((InetSocketAddress) from).getAddress().getHostAddress()).add(m));
        }
    }

    /** @return the queue of what arrives from {@code host} */
    BlockingQueue<SipBytes> from(String host) {
        return bySource.computeIfAbsent(host, h -> new LinkedBlockingQueue<>());
    }

    void send(byte[] message, InetSocketAddress to) throws IOException {
        sockets.get(0).send(new DatagramPacket(message, message.length, to));
    }

    @Override
    public void close() {
        sockets.forEach(DatagramSocket::close);
    }
}
