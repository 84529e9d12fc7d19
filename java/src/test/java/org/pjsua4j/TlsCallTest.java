package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pjsua4j.peers.PjsuaApp;
import org.pjsua4j.peers.RawSip;

/**
 * SIP over TLS on loopback with a CA the test makes: calls between accounts of the endpoint (a real
 * TLS connection to its own listener), to the native pjsua app (and pjsua4j's CLI, with the same
 * options) presenting a certificate of that CA, and to one presenting a certificate of another CA,
 * which must fail without any call being set up.
 * The endpoint requires and verifies client certificates too, so its calls to itself verify both ends.
 */
class TlsCallTest extends EndpointOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static TlsFiles files;

    @BeforeAll
    static void makeCertificates() throws Exception {
        files = TlsFiles.create();
    }

    @AfterAll
    static void removeCertificates() throws Exception {
        files.close();
    }

    @Override
    Endpoint newEndpoint() {
        return Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .transport(TransportType.TLS, "127.0.0.1", 0)
                .tls(trusting(files.ca).certificate(files.cert, files.key, TlsFiles.PASSWORD)
                        .verifyClient(true, true).build())
                .build());
    }

    private static TlsConfig.Builder trusting(Path ca) {
        return TlsConfig.builder().caList(ca).minimumVersion(TlsVersion.TLS_1_2)
                .ciphers(List.of("ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384"));
    }

    private static Transport tls() {
        return ep.transports().stream().filter(t -> t.type() == TransportType.TLS).findFirst().orElseThrow();
    }

    private static Account account(String uri, AccountListener listener) {
        return ep.addAccount(AccountConfig.builder(uri).transport(tls())
                .srtp(SrtpConfig.of(SrtpUse.MANDATORY, SignallingSecurity.TLS_HOP)).build(), listener);
    }

    @Test
    void callOverTlsIsSecureSignallingAndCarriesSdesSrtp() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        Account bobAccount = account(tls().uri("bob"), bob);
        Account alice = account(tls().uri("alice"), new AccountListener() {
        });
        CallEvents out = new CallEvents();
        assertTrue(bobAccount.uri().endsWith(";transport=tls"), bobAccount.uri());
        alice.makeCall(bobAccount.uri(), out);
        CallInfo caller = out.mediaActive.get(T, MILLISECONDS);
        CallInfo callee = bob.events.mediaActive.get(T, MILLISECONDS);
        assertEquals(SignallingSecurity.TLS_HOP, caller.signalling(), caller.toString());
        assertEquals(SignallingSecurity.TLS_HOP, callee.signalling(), callee.toString());
        // SRTP needed TLS_HOP (MANDATORY would have failed the call without it), and is in use.
        assertTrue(caller.audio().orElseThrow().srtpActive(), caller.toString());
        assertTrue(callee.audio().orElseThrow().srtpActive(), callee.toString());
    }

    /**
     * Both sides of a call over TLS name the connection: a protocol and cipher the configuration
     * allows, and the peer's certificate (our CA's, which the endpoint presents as server and, asked
     * for one, as client too), verified. A call over UDP and an ended call have none.
     */
    @Test
    void aTlsCallNamesItsConnectionsProtocolCipherAndPeerCertificate() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        Account bobAccount = account(tls().uri("tbob"), bob);
        Account alice = account(tls().uri("talice"), new AccountListener() {
        });
        CallEvents out = new CallEvents();
        Call call = alice.makeCall(bobAccount.uri(), out);
        out.mediaActive.get(T, MILLISECONDS);
        Call answered = bob.firstCall.get(T, MILLISECONDS);
        for (Call c : List.of(call, answered)) {
            TlsConnection tls = c.tlsConnection().orElseThrow(() -> new AssertionError("no TLS connection: " + c));
            System.out.println("call " + c.id() + ": " + tls.version() + " " + tls.cipher() + ", peer "
                    + tls.peerCertificates().get(0).getSubjectX500Principal());
            TlsVersion version = tls.version().orElseThrow();
            assertTrue(version.compareTo(TlsVersion.TLS_1_2) >= 0, tls.toString());
            assertTrue(version == TlsVersion.TLS_1_3 ? tls.cipher().startsWith("TLS_")
                    : tls.cipher().startsWith("ECDHE-ECDSA-AES"), tls.cipher());
            assertTrue(tls.verified(), tls.verificationErrors().toString());
            assertTrue(tls.peerCertificates().get(0).getSubjectX500Principal().getName().contains("CN=127.0.0.1"),
                    tls.peerCertificates().toString());
            assertTrue(tls.peerCertificates().get(0).getIssuerX500Principal().getName().contains("pjsua4j test CA"),
                    tls.peerCertificates().toString());
        }
        assertTrue(org.pjsua4j.raw.pjsua.pj4j_call_tls_snapshot(call.id(), "another-call-id").isEmpty(),
                "the raw read gives the report only to the call whose Call-ID it names");
        call.hangup();
        out.disconnected.get(T, MILLISECONDS);
        assertTrue(call.tlsConnection().isEmpty(), "an ended call has none");

        Loopback.Answering carol = Loopback.Answering.with(200);
        Account carolAccount = ep.addAccount(AccountConfig.builder(Loopback.udp(ep).uri("ucarol")).build(), carol);
        Account dave = ep.addAccount(AccountConfig.builder(Loopback.udp(ep).uri("udave")).build(), new AccountListener() {
        });
        CallEvents udp = new CallEvents();
        Call overUdp = dave.makeCall(carolAccount.uri(), udp);
        udp.mediaActive.get(T, MILLISECONDS);
        assertTrue(overUdp.tlsConnection().isEmpty(), "a call over UDP has none");
        overUdp.hangup();
        udp.disconnected.get(T, MILLISECONDS);
    }

    @Test
    void sipsCallIsSecureEndToEnd() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        ep.addAccount(AccountConfig.builder("sips:sbob@" + tls().hostPort()).transport(tls())
                .srtp(SrtpConfig.of(SrtpUse.MANDATORY, SignallingSecurity.END_TO_END)).build(), bob);
        Account alice = ep.addAccount(AccountConfig.builder("sips:salice@" + tls().hostPort()).transport(tls())
                .srtp(SrtpConfig.of(SrtpUse.MANDATORY, SignallingSecurity.END_TO_END)).build(), new AccountListener() {
                });
        CallEvents out = new CallEvents();
        alice.makeCall("sips:sbob@" + tls().hostPort(), out);
        CallInfo caller = out.mediaActive.get(T, MILLISECONDS);
        CallInfo callee = bob.events.mediaActive.get(T, MILLISECONDS);
        assertEquals(SignallingSecurity.END_TO_END, caller.signalling());
        assertEquals(SignallingSecurity.END_TO_END, callee.signalling());
        assertTrue(caller.audio().orElseThrow().srtpActive());
    }

    /** The native pjsua app, and pjsua4j's CLI given the same options. */
    @ParameterizedTest
    @EnumSource(PjsuaApp.Program.class)
    void anAppWithACertificateOfOurCaAnswersOverTls(PjsuaApp.Program program) throws Exception {
        try (PjsuaApp app = PjsuaApp.answeringOverTls(program, files.cert, files.key,
                List.of("--tls-password=" + TlsFiles.PASSWORD))) {
            Account alice = ep.addAccount(AccountConfig.builder(tls().uri("alice")).transport(tls()).build(),
                    new AccountListener() {
                    });
            CallEvents out = new CallEvents();
            Call call = alice.makeCall(app.tlsUri("app"), out);
            CallInfo confirmed = call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
            assertEquals(SignallingSecurity.TLS_HOP, confirmed.signalling());
            assertTrue(app.awaitLog("TLS", Duration.ofSeconds(5)), app.log());
            call.hangup();
            out.disconnected.get(T, MILLISECONDS);
        }
    }

    @ParameterizedTest
    @EnumSource(PjsuaApp.Program.class)
    void certificateOfAnotherCaFailsTheCallNamingTls(PjsuaApp.Program program) throws Exception {
        try (PjsuaApp app = PjsuaApp.answeringOverTls(program, files.rogueCert, files.rogueKey, List.of())) {
            Account alice = ep.addAccount(AccountConfig.builder(tls().uri("alice")).transport(tls()).build(),
                    new AccountListener() {
                    });
            CallEvents out = new CallEvents();
            alice.makeCall(app.tlsUri("app"), out);
            CallInfo end = out.disconnected.get(T, MILLISECONDS);
            assertFalse(out.states.contains(CallState.CONFIRMED), out.states.toString());
            assertFalse(out.states.contains(CallState.EARLY), out.states.toString());
            assertEquals(503, end.lastStatusCode(), end.toString());
            assertTrue(end.lastReason().toLowerCase(java.util.Locale.ROOT).contains("tls")
                    || end.lastReason().toLowerCase(java.util.Locale.ROOT).contains("certificate"), end.lastReason());
            assertFalse(app.awaitLog("Incoming call", Duration.ofMillis(500)), "the app never saw an INVITE");
        }
    }

    /**
     * The endpoint requires client certificates: a TLS client (the JDK's) that presents none is
     * refused in the handshake and never gets an answer, while the same client presenting a
     * certificate of our CA gets 200 for its OPTIONS.
     */
    @Test
    void aClientWithoutACertificateIsRefused() throws Exception {
        assertEquals("200", optionsOverTls(files.client(true)), "the control: a client with a certificate");
        String refused = optionsOverTls(files.client(false));
        System.out.println("a client without a certificate: " + refused);
        assertTrue(refused.startsWith("refused: "), refused);
    }

    /** @return the OPTIONS' final status code, "refused: " and what the TLS layer said, or "no answer" */
    private static String optionsOverTls(javax.net.ssl.SSLContext client) throws Exception {
        try (RawSip sip = RawSip.overTls(client, tls().port())) {
            sip.send(sip.request("OPTIONS"));
            RawSip.Response r = sip.receive(Duration.ofSeconds(5));
            return r == null ? "no answer in 5 s" : Integer.toString(r.code());
        } catch (javax.net.ssl.SSLException e) {
            return "refused: " + e;
        }
    }

    @Test
    void configurationIsCheckedAndKeepsThePasswordOut() throws Exception {
        TlsConfig config = trusting(files.ca).certificate(files.cert, files.key, TlsFiles.PASSWORD).build();
        assertFalse(config.toString().contains(TlsFiles.PASSWORD), config.toString());
        assertTrue(config.hasPrivateKeyPassword());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.builder().caList(files.dir.resolve("absent.pem")));
        assertTrue(missing.getMessage().contains("caList") && missing.getMessage().contains("absent.pem"),
                missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder().caList(files.dir));
        IllegalArgumentException badPassword = assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.builder().certificate(files.cert, files.key, "pass\r\nX-Injected: 1"));
        assertFalse(badPassword.getMessage().contains("pass"), badPassword.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder().ciphers(List.of("A:B")));
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder().ciphers(List.of("bad name")));
    }

    @Test
    void unknownCipherFailsTheStartNamingIt() {
        ep.close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Endpoint.start(
                EndpointConfig.builder().transport(TransportType.TLS, "127.0.0.1", 0)
                        .tls(TlsConfig.builder().ciphers(List.of("NO-SUCH-CIPHER")).build()).build()));
        assertTrue(e.getMessage().contains("NO-SUCH-CIPHER"), e.getMessage());
    }
}
