package org.pjsua4j.peers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.pjsua4j.HeaderField;

/**
 * A SIP peer of a few lines: writes byte-exact requests to an endpoint's transport from a socket on
 * 127.0.0.1 and reads the responses, over UDP, TCP or TLS.
 */
public final class RawSip implements AutoCloseable {
    private final DatagramSocket udp;
    private final Socket tcp;
    private final int targetPort;
    private final String viaTransport;
    private final ByteArrayOutputStream tcpBuffer = new ByteArrayOutputStream();

    /** A received response: status line parts, headers in order, body. */
    public record Response(int code, String reason, List<HeaderField> headers, String body) {
        public List<String> values(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HeaderField::value).toList();
        }

        public String value(String name) {
            List<String> v = values(name);
            return v.isEmpty() ? null : v.get(0);
        }
    }

    private RawSip(DatagramSocket udp, Socket tcp, int targetPort, String viaTransport) {
        this.udp = udp;
        this.tcp = tcp;
        this.targetPort = targetPort;
        this.viaTransport = viaTransport;
    }

    /** A socket of its own for talking to the endpoint's transport on 127.0.0.1:port. */
    public static RawSip to(boolean tcp, int port) throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        if (tcp) {
            Socket s = new Socket();
            s.bind(new InetSocketAddress(loopback, 0));
            s.connect(new InetSocketAddress(loopback, port), 2000);
            return new RawSip(null, s, port, "TCP");
        }
        DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
        // Room for a burst of answers (Linux counts some 2 KB per small datagram against the buffer).
        udp.setReceiveBufferSize(1 << 22);
        return new RawSip(udp, null, port, "UDP");
    }

    /**
     * A TLS connection to the endpoint's TLS transport on 127.0.0.1:port, with the trust and client
     * certificate of {@code tls}; the handshake is made here, so a refusal in it is thrown here.
     */
    public static RawSip overTls(SSLContext tls, int port) throws IOException {
        SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket();
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 2000);
        s.setSoTimeout(5000);
        try {
            s.startHandshake();
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return new RawSip(null, s, port, "TLS");
    }

    /**
     * A request from this socket to the endpoint, with a fresh branch, tags and Call-ID.
     *
     * @param method the method
     * @param extra header lines to add, e.g. {@code "X-Hook: ok"}
     */
    public String request(String method, String... extra) {
        return requestWith(method, null, null, extra);
    }

    /** As {@link #request(String, String...)}, with a To tag (null for none) and a body (null for none). */
    public String requestWith(String method, String toTag, String body, String... extra) {
        String id = UUID.randomUUID().toString().substring(0, 13);
        StringBuilder b = new StringBuilder()
                .append(method).append(" sip:ua@127.0.0.1:").append(targetPort).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/").append(viaTransport).append(" 127.0.0.1:").append(localPort())
                .append(";branch=z9hG4bK").append(id).append(";rport\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <sip:tester@127.0.0.1>;tag=f").append(id).append("\r\n")
                .append("To: <sip:ua@127.0.0.1>").append(toTag == null ? "" : ";tag=" + toTag).append("\r\n")
                .append("Call-ID: ").append(id).append("@127.0.0.1\r\n")
                .append("CSeq: 1 ").append(method).append("\r\n")
                .append("Contact: <sip:tester@127.0.0.1:").append(localPort()).append(">\r\n");
        for (String line : extra) {
            b.append(line).append("\r\n");
        }
        if (body != null) {
            b.append("Content-Type: text/plain\r\n");
        }
        byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return b.append("Content-Length: ").append(bodyBytes.length).append("\r\n\r\n").append(body == null ? "" : body)
                .toString();
    }

    private int localPort() {
        return tcp != null ? tcp.getLocalPort() : udp.getLocalPort();
    }

    public void send(String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        if (tcp != null) {
            tcp.getOutputStream().write(bytes);
            tcp.getOutputStream().flush();
        } else {
            udp.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName("127.0.0.1"), targetPort));
        }
    }

    /** The next final response (provisional ones are skipped), or null when none comes in time. */
    public Response receive(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            if (System.nanoTime() >= deadline) {
                return null;
            }
            String text = tcp != null ? readTcp((int) left) : readUdp((int) left);
            if (text == null) {
                return null;
            }
            Response r = parse(text);
            if (r.code() >= 200) {
                return r;
            }
        }
    }

    private String readUdp(int timeoutMs) throws IOException {
        byte[] buf = new byte[65536];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        udp.setSoTimeout(timeoutMs);
        try {
            udp.receive(p);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
    }

    /** One message off the stream: headers up to the blank line, then Content-Length bytes. */
    private String readTcp(int timeoutMs) throws IOException {
        tcp.setSoTimeout(timeoutMs);
        InputStream in = tcp.getInputStream();
        try {
            while (true) {
                String buffered = tcpBuffer.toString(StandardCharsets.ISO_8859_1);
                int end = buffered.indexOf("\r\n\r\n");
                if (end >= 0) {
                    int length = contentLength(buffered.substring(0, end));
                    int total = end + 4 + length;
                    if (buffered.length() >= total) {
                        byte[] all = tcpBuffer.toByteArray();
                        tcpBuffer.reset();
                        tcpBuffer.write(all, total, all.length - total);
                        return new String(all, 0, total, StandardCharsets.UTF_8);
                    }
                }
                byte[] chunk = new byte[4096];
                int n = in.read(chunk);
                if (n < 0) {
                    return null;
                }
                tcpBuffer.write(chunk, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:") || lower.startsWith("l:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return 0;
    }

    private static Response parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (!status[0].equals("SIP/2.0")) {
            throw new AssertionError("not a response: " + lines[0]);
        }
        List<HeaderField> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new HeaderField(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
        }
        return new Response(Integer.parseInt(status[1]), status.length > 2 ? status[2] : "", headers,
                text.substring(end + 4));
    }

    @Override
    public void close() throws IOException {
        if (tcp != null) {
            tcp.close();
        } else {
            udp.close();
        }
    }
}
