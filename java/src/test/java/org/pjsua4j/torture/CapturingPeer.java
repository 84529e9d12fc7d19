package org.pjsua4j.torture;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny SIP peer on 127.0.0.1 over UDP that records every datagram it receives and answers
 * minimally: REGISTER without credentials gets a 401 digest challenge (realm {@link #REALM}, nonce
 * {@link #NONCE}, no qop), an INVITE to user "answer" gets 200 with SDP, any other INVITE 486, ACK
 * nothing, any other request 200. It can also send an INVITE, and acknowledges the final non-2xx
 * answer it gets.
 */
final class CapturingPeer implements AutoCloseable {
    static final String REALM = "wirecheck";
    static final String NONCE = "4a1c3b2d";
    private static final String HOST = "127.0.0.1";

    private final DatagramSocket socket;
    private final List<SipBytes> captured = new ArrayList<>();
    private final AtomicInteger seq = new AtomicInteger();

    CapturingPeer() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(HOST), 0));
        Datagrams.receive(socket, "capturing-peer", this::received);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** @return sip:user@127.0.0.1:port */
    String uri(String user) {
        return "sip:" + user + "@" + HOST + ":" + port();
    }

    /** @return what it received since the last {@link #clear()}, in order */
    synchronized List<SipBytes> captured() {
        return List.copyOf(captured);
    }

    synchronized void clear() {
        captured.clear();
    }

    /** @return whether the capture satisfied {@code test} within {@code timeout} */
    boolean await(Predicate<List<SipBytes>> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!test.test(captured())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return true;
    }

    /**
     * @return whether a REGISTER in {@code capture} answers the challenge with a digest of
     *         {@code password} (RFC 2617 without qop): proof that the password was used, though it never
     *         travels itself
     */
    static boolean digestOf(String password, List<SipBytes> capture) {
        for (SipBytes m : capture) {
            String auth = m.header("authorization");
            if (auth == null) {
                continue;
            }
            String user = param(auth, "username");
            String uri = param(auth, "uri");
            String expected = md5(md5(user + ":" + REALM + ":" + password) + ":" + NONCE + ":" + md5("REGISTER:" + uri));
            if (expected.equals(param(auth, "response"))) {
                return true;
            }
        }
        return false;
    }

    private static String param(String header, String name) {
        Matcher m = Pattern.compile(name + "=\"?([^\",]*)").matcher(header);
        return m.find() ? m.group(1) : "";
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends an INVITE with an audio offer to {@code requestUri} at {@code to}. */
    void invite(String requestUri, InetSocketAddress to) throws IOException {
        int n = seq.incrementAndGet();
        String sdp = "v=0\r\no=peer 1 1 IN IP4 " + HOST + "\r\ns=-\r\nc=IN IP4 " + HOST + "\r\nt=0 0\r\n"
                + "m=audio " + (port() + 2) + " RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
        send("INVITE " + requestUri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + HOST + ":" + port() + ";rport;branch=z9hG4bK-peer-" + n + "\r\n"
                + "Max-Forwards: 70\r\nFrom: <" + uri("peer") + ">;tag=peer" + n + "\r\nTo: <" + requestUri + ">\r\n"
                + "Call-ID: peer-" + n + "@" + HOST + "\r\nCSeq: 1 INVITE\r\nContact: <" + uri("peer") + ">\r\n"
                + "Content-Type: application/sdp\r\nContent-Length: " + sdp.length() + "\r\n\r\n" + sdp, to);
    }

    private void received(SipBytes m, SocketAddress from) {
        synchronized (this) {
            captured.add(m);
        }
        try {
            answer(m, from);
        } catch (IOException | RuntimeException unanswerable) {
            // what it could not parse stays in the capture, where the check finds it
        }
    }

    private void answer(SipBytes m, SocketAddress from) throws IOException {
        String method = m.startLine().split(" ", 2)[0];
        if (method.equals("SIP/2.0")) {
            if (m.status() >= 300 && m.cseqMethod().equals("INVITE")) {
                send(ackFor(m), from);
            }
            return;
        }
        if (method.equals("ACK")) {
            return;
        }
        if (method.equals("REGISTER") && m.header("authorization") == null) {
            send(response(m, "401 Unauthorized", "WWW-Authenticate: Digest realm=\"" + REALM + "\", nonce=\""
                    + NONCE + "\", algorithm=MD5\r\n", ""), from);
        } else if (method.equals("REGISTER")) {
            String contact = m.header("contact");
            send(response(m, "200 OK", (contact == null ? "" : "Contact: " + contact + ";expires=300\r\n"), ""), from);
        } else if (method.equals("INVITE") && m.startLine().startsWith("INVITE sip:answer@")) {
            String sdp = "v=0\r\no=peer 2 2 IN IP4 " + HOST + "\r\ns=-\r\nc=IN IP4 " + HOST + "\r\nt=0 0\r\n"
                    + "m=audio " + (port() + 2) + " RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
            send(response(m, "200 OK", "Contact: <" + uri("answer") + ">\r\nContent-Type: application/sdp\r\n", sdp), from);
        } else if (method.equals("INVITE")) {
            send(response(m, "486 Busy Here", "", ""), from);
        } else {
            send(response(m, "200 OK", "SIP-ETag: wc" + seq.incrementAndGet() + "\r\nExpires: 60\r\n", ""), from);
        }
    }

    private static String response(SipBytes req, String status, String extra, String body) {
        StringBuilder sb = new StringBuilder("SIP/2.0 " + status + "\r\n");
        req.headers("via").forEach(v -> sb.append("Via: ").append(v).append("\r\n"));
        String to = req.header("to");
        sb.append("From: ").append(req.header("from")).append("\r\n")
                .append("To: ").append(to).append(to != null && to.contains(";tag=") ? "" : ";tag=wc").append("\r\n")
                .append("Call-ID: ").append(req.header("call-id")).append("\r\n")
                .append("CSeq: ").append(req.cseq()).append("\r\n")
                .append(extra)
                .append("Content-Length: ").append(body.length()).append("\r\n\r\n").append(body);
        return sb.toString();
    }

    /** The ACK of a final non-2xx answer to our INVITE: same branch, the answer's To. */
    private static String ackFor(SipBytes answer) {
        String cseq = answer.cseq();
        return "ACK " + answer.header("to").replaceAll(".*<([^>]*)>.*", "$1") + " SIP/2.0\r\n"
                + "Via: " + answer.header("via") + "\r\nMax-Forwards: 70\r\n"
                + "From: " + answer.header("from") + "\r\nTo: " + answer.header("to") + "\r\n"
                + "Call-ID: " + answer.header("call-id") + "\r\n"
                + "CSeq: " + cseq.substring(0, cseq.indexOf(' ')) + " ACK\r\nContent-Length: 0\r\n\r\n";
    }

    private void send(String message, SocketAddress to) throws IOException {
        byte[] b = message.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(b, b.length, to));
    }

    @Override
    public void close() {
        socket.close();
    }
}
