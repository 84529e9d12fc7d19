package org.pjsua4j.torture;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import java.util.function.BiConsumer;

/** Receives SIP datagrams on a daemon thread until the socket is closed. */
final class Datagrams {
    private Datagrams() {
    }

    /** Hands each datagram {@code socket} receives, with its sender, to {@code handler}. */
    static void receive(DatagramSocket socket, String threadName, BiConsumer<SipBytes, SocketAddress> handler) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[65536];
            while (true) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    socket.receive(p);
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    continue;
                }
                handler.accept(new SipBytes(Arrays.copyOf(p.getData(), p.getLength())), p.getSocketAddress());
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
    }
}
