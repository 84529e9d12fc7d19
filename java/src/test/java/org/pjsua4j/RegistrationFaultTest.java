package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pjsua4j.RegistrationTest.Registrations;
import org.pjsua4j.peers.Sipp;

/**
 * Registrars that fail: silent, down, or briefly unavailable. SIP timers are short (T1 50 ms,
 * transactions time out after 1 s) so a silent registrar fails fast.
 */
class RegistrationFaultTest {
    private static final EndpointConfig.SipTimers FAST = new EndpointConfig.SipTimers(Duration.ofMillis(50),
            Duration.ofMillis(200), Duration.ofSeconds(1));
    private Endpoint ep;

    @BeforeEach
    void start() {
        ep = Loopback.endpoint(FAST);
    }

    @AfterEach
    void close() {
        ep.close();
    }

    /** A UDP socket that reads REGISTERs and never answers; records when each new registration began. */
    static final class SilentRegistrar implements AutoCloseable {
        private static final Pattern CALL_ID = Pattern.compile("\r\nCall-ID: *([^\r\n]+)", Pattern.CASE_INSENSITIVE);
        final DatagramSocket socket;
        final List<String> callIds = new CopyOnWriteArrayList<>();
        final List<Instant> firstSeen = new CopyOnWriteArrayList<>();
        private final Thread reader;

        SilentRegistrar() throws Exception {
            socket = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"));
            reader = new Thread(this::read, "silent-registrar");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            byte[] buf = new byte[8192];
            try {
                while (true) {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    socket.receive(p);
                    String msg = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                    Matcher m = CALL_ID.matcher(msg);
                    if (msg.startsWith("REGISTER ") && m.find() && !callIds.contains(m.group(1))) {
                        callIds.add(m.group(1));
                        firstSeen.add(Instant.now());
                    }
                }
            } catch (SocketException closed) {
                // done
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        String uri() {
            return "sip:127.0.0.1:" + socket.getLocalPort();
        }

        @Override
        public void close() throws InterruptedException {
            socket.close();
            reader.join(2000);
        }
    }

    @Test
    void aSilentRegistrarFailsWith408AndIsRetriedWhenTheEventSaid() throws Exception {
        try (SilentRegistrar registrar = new SilentRegistrar()) {
            Registrations seen = new Registrations();
            ep.addAccount(AccountConfig.builder("sip:kim@127.0.0.1")
                    .registration(RegistrationConfig.builder(registrar.uri())
                            .retry(Duration.ofMillis(400), Duration.ofMillis(1500), Duration.ZERO).build())
                    .credential("*", "kim", "kim-pw").build(), seen);

            RegistrationEvent first = seen.next();
            Instant failedAt = Instant.now();
            assertEquals(RegistrationEvent.Kind.FAILED, first.kind(), first.toString());
            assertEquals(408, first.statusCode(), first.toString());
            Instant retryAt = first.nextRetry().orElseThrow(() -> new AssertionError("no retry scheduled: " + first));
            long inMillis = Duration.between(failedAt, retryAt).toMillis();
            assertTrue(inMillis > 200 && inMillis <= 400, "first retry in ~400 ms, not " + inMillis);

            RegistrationEvent second = seen.next();
            assertEquals(408, second.statusCode(), second.toString());
            assertEquals(2, registrar.callIds.size(), "a new registration each attempt: " + registrar.callIds);
            long early = Duration.between(retryAt, registrar.firstSeen.get(1)).toMillis();
            assertTrue(early > -100 && early < 500, "retried " + early + " ms after the announced time");
            long later = Duration.between(Instant.now(), second.nextRetry().orElseThrow()).toMillis();
            assertTrue(later > 1000 && later <= 1500, "later retries every 1.5 s, next in " + later + " ms");
        }
    }

    @Test
    void aRegistrarThatIsDownFailsAtOnceAndIsRetried() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        Registrations seen = new Registrations();
        ep.addAccount(AccountConfig.builder("sip:lou@127.0.0.1").registration(RegistrationConfig
                .builder("sip:127.0.0.1:" + port + ";transport=tcp")
                .retry(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ZERO).build()).build(), seen);
        RegistrationEvent failed = seen.next();
        assertEquals(RegistrationEvent.Kind.FAILED, failed.kind(), failed.toString());
        assertEquals(503, failed.statusCode(), failed.toString());
        assertTrue(failed.nextRetry().isPresent(), failed.toString());
    }

    private static AccountConfig.Builder registeringAt(Sipp registrar, String user) {
        return registeringAt(registrar, user, RegistrationConfig.builder("sip:" + registrar.hostPort()));
    }

    private static AccountConfig.Builder registeringAt(Sipp registrar, String user, RegistrationConfig.Builder how) {
        return AccountConfig.builder("sip:" + user + "@" + registrar.hostPort()).registration(how.build());
    }

    @Test
    void registrationHeadersGoIntoEveryRegister() throws Exception {
        try (Sipp registrar = Sipp.server("register-check-headers.xml", 1, Duration.ofSeconds(30))) {
            Registrations seen = new Registrations();
            Account nia = ep.addAccount(registeringAt(registrar, "nia", RegistrationConfig
                    .builder("sip:" + registrar.hostPort())
                    .header(new SipHeader("Supported", "100rel"))
                    .header(new SipHeader("X-Reg-Test", "seed-004"))).build(), seen);
            RegistrationEvent registered = seen.next();
            assertEquals(RegistrationEvent.Kind.SUCCEEDED, registered.kind(), registered + registrar.log());
            nia.close();
            assertEquals(0, registrar.await(Duration.ofSeconds(10)), "SIPp saw the headers twice: " + registrar.log());
        }
    }

    @Test
    void anImsAccountAuthorizesItsFirstRegisterUnasked() throws Exception {
        try (Sipp registrar = Sipp.server("register-initial-auth.xml", 1, Duration.ofSeconds(30))) {
            Registrations seen = new Registrations();
            Account ivy = ep.addAccount(registeringAt(registrar, "ivy").credential("ims.test", "ivy", "pw")
                    .initialAuthorization("AKAv1-MD5").build(), seen);
            RegistrationEvent registered = seen.next();
            assertEquals(RegistrationEvent.Kind.SUCCEEDED, registered.kind(), registered + registrar.log());
            ivy.close();
            assertEquals(0, registrar.await(Duration.ofSeconds(10)), "SIPp saw the Authorization: " + registrar.log());
        }
    }

    @Test
    void retryAfterFromA503IsHonoured() throws Exception {
        try (Sipp registrar = Sipp.server("register-503-retry-after.xml", 2, Duration.ofSeconds(30))) {
            Registrations seen = new Registrations();
            Account mia = ep.addAccount(registeringAt(registrar, "mia", RegistrationConfig
                    .builder("sip:" + registrar.hostPort())
                    .retry(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ZERO)).build(), seen);

            RegistrationEvent unavailable = seen.next();
            assertEquals(503, unavailable.statusCode(), unavailable + registrar.log());
            long in = Duration.between(Instant.now(), unavailable.nextRetry().orElseThrow()).toMillis();
            assertTrue(in > 500 && in <= 1000, "Retry-After: 1 beats the 30 s first retry; next in " + in + " ms");

            RegistrationEvent registered = seen.next();
            assertEquals(RegistrationEvent.Kind.SUCCEEDED, registered.kind(), registered + registrar.log());
            assertEquals(60, registered.expiration());
            mia.close();
            assertEquals(0, registrar.await(Duration.ofSeconds(10)), "SIPp ran the whole scenario: " + registrar.log());
        }
    }
}
