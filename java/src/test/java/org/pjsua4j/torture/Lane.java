package org.pjsua4j.torture;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Throws torture messages at one user agent over one transport, one after another, as a raw sender:
 * collects the responses that belong to each (same Call-ID and CSeq), acknowledges and ends a call
 * that a 2xx set up (ACK, BYE), and then probes with an OPTIONS that must get 200.
 *
 * @param tcp whether to send over TCP (a connection per message) rather than UDP
 * @param ua the user agent's address
 * @param udp where responses over UDP arrive; null for TCP
 */
record Lane(boolean tcp, InetSocketAddress ua, UdpResponses udp) {
    /** How long a message may go unanswered before it counts as "no answer". */
    private static final long NO_ANSWER_MS = 1000;
    /** After a provisional response, how long the final one may take (an application answers it). */
    private static final long FINAL_MS = 3000;
    private static final long PROBE_MS = 5000;
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** What one message got: the status codes in order of arrival, and whether the probe after it got 200. */
    record Outcome(List<Integer> codes, boolean alive) {
        /** @return e.g. "100 200", or "-" when nothing came */
        String codesText() {
            return codes.isEmpty() ? "-" : String.join(" ", codes.stream().map(String::valueOf).toList());
        }
    }

    static Lane udp(InetSocketAddress ua, UdpResponses responses) {
        return new Lane(false, ua, responses);
    }

    static Lane tcp(InetSocketAddress ua) {
        return new Lane(true, ua, null);
    }

    String transport() {
        return tcp ? "TCP" : "UDP";
    }

    Outcome exchange(TortureMessages.Message m) throws IOException, InterruptedException {
        List<Integer> codes = new ArrayList<>();
        boolean alive;
        try (Exchange x = open()) {
            x.send(m.sip().bytes());
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(NO_ANSWER_MS);
            SipBytes r;
            while (!isFinal(codes) && (r = x.next(deadline)) != null) {
                if (answer(m, r, x, codes)) {
                    deadline = Math.max(deadline, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FINAL_MS));
                }
            }
            // An answer slower than the window still counts: pjsip handles a transport's messages in
            // order, so it arrives before the probe's 200 (over UDP, in the same queue) or at least
            // before the probe ends (over TCP, on the message's own connection).
            if (tcp) {
                alive = probe(open(), reply -> { });
                while (!isFinal(codes) && (r = x.next(System.nanoTime())) != null) {
                    answer(m, r, x, codes);
                }
            } else {
                alive = probe(x, reply -> {
                    if (!isFinal(codes)) {
                        answer(m, reply, x, codes);
                    }
                });
            }
        }
        return new Outcome(codes, alive);
    }

    /** @return whether the probe (an OPTIONS) got 200 */
    boolean probe() throws IOException, InterruptedException {
        return probe(open(), reply -> { });
    }

    private static boolean isFinal(List<Integer> codes) {
        return !codes.isEmpty() && codes.get(codes.size() - 1) >= 200;
    }

    /**
     * Records {@code r} if it answers {@code m}; acknowledges and ends the call a 2xx to an INVITE set up.
     *
     * @return whether it answered m
     */
    private boolean answer(TortureMessages.Message m, SipBytes r, Exchange x, List<Integer> codes) {
        if (r.status() < 0 || !m.answeredBy(r)) {
            return false;
        }
        codes.add(r.status());
        if (r.status() >= 200 && r.status() < 300 && r.cseqMethod().equals("INVITE")) {
            try {
                x.send(inDialog(r, "ACK", 0));
                x.send(inDialog(r, "BYE", 1));
            } catch (IOException gone) {
                // the UA closed the connection; the call ends by pjsip's own timers
            }
        }
        return true;
    }

    /** Sends an OPTIONS through {@code x} (closing it after), handing other arrivals to {@code others}. */
    private boolean probe(Exchange x, Consumer<SipBytes> others) throws IOException, InterruptedException {
        int n = SEQ.incrementAndGet();
        String callId = "probe-" + n + "@" + UdpResponses.HOST;
        String options = "OPTIONS " + uaUri("probe") + " SIP/2.0\r\n"
                + via(n) + "Max-Forwards: 70\r\n"
                + "From: <sip:prober@" + UdpResponses.HOST + ">;tag=p" + n + "\r\n"
                + "To: <" + uaUri("probe") + ">\r\n"
                + "Call-ID: " + callId + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        try (x) {
            x.send(options.getBytes(StandardCharsets.US_ASCII));
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PROBE_MS);
            SipBytes r;
            while ((r = x.next(deadline)) != null) {
                if (callId.equals(r.header("call-id")) && r.status() >= 200) {
                    return r.status() == 200;
                }
                others.accept(r);
            }
        }
        return false;
    }

    /** An ACK (offset 0) or BYE (offset 1) in the dialog a 2xx set up, sent straight to the UA. */
    private byte[] inDialog(SipBytes ok, String method, int cseqOffset) {
        String cseq = ok.cseq();
        String number = cseq.substring(0, cseq.indexOf(' '));
        String text = method + " " + uaUri(null) + " SIP/2.0\r\n"
                + via(SEQ.incrementAndGet()) + "Max-Forwards: 70\r\n"
                + "From: " + ok.header("from") + "\r\nTo: " + ok.header("to") + "\r\n"
                + "Call-ID: " + ok.header("call-id") + "\r\n"
                + "CSeq: " + new BigInteger(number).add(BigInteger.valueOf(cseqOffset)) + " " + method
                + "\r\nContent-Length: 0\r\n\r\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private String via(int n) {
        return "Via: SIP/2.0/" + transport() + " " + UdpResponses.HOST + ":" + UdpResponses.SEND_PORT
                + ";rport;branch=z9hG4bK-lane-" + n + "\r\n";
    }

    private String uaUri(String user) {
        return "sip:" + (user == null ? "" : user + "@") + ua.getHostString() + ":" + ua.getPort()
                + (tcp ? ";transport=tcp" : "");
    }

    private Exchange open() throws IOException {
        return tcp ? new TcpExchange(ua) : new UdpExchange(udp, ua);
    }

    /** One message's traffic: what is sent, and what comes back until a deadline. */
    private interface Exchange extends AutoCloseable {
        void send(byte[] message) throws IOException;

        /** @return the next message that arrives before {@code deadline} (System.nanoTime), or null */
        SipBytes next(long deadline) throws InterruptedException;

        @Override
        void close() throws IOException;
    }

    private static final class UdpExchange implements Exchange {
        private final UdpResponses udp;
        private final InetSocketAddress ua;
        private final BlockingQueue<SipBytes> in;

        UdpExchange(UdpResponses udp, InetSocketAddress ua) {
            this.udp = udp;
            this.ua = ua;
            this.in = udp.from(ua.getHostString());
        }

        @Override
        public void send(byte[] message) throws IOException {
            udp.send(message, ua);
        }

        @Override
        public SipBytes next(long deadline) throws InterruptedException {
            return in.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void close() {
        }
    }

    /** A connection of its own per message: a message that garbles the stream cannot spoil the next. */
    private static final class TcpExchange implements Exchange {
        private final Socket socket = new Socket();
        private final BlockingQueue<SipBytes> in = new LinkedBlockingQueue<>();

        TcpExchange(InetSocketAddress ua) throws IOException {
            socket.connect(ua, 2000);
            Thread reader = new Thread(this::read, "tcp-lane-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (InputStream s = socket.getInputStream()) {
                SipBytes m;
                while ((m = SipBytes.read(s)) != null) {
                    in.add(m);
                }
            } catch (IOException | RuntimeException closed) {
                // the connection ended; what arrived before is queued
            }
        }

        @Override
        public void send(byte[] message) throws IOException {
            socket.getOutputStream().write(message);
            socket.getOutputStream().flush();
        }

        @Override
        public SipBytes next(long deadline) throws InterruptedException {
            return in.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
