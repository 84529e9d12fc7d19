package org.pjsua4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.PortRange;
import org.pjsua4j.SrtpKeying;
import org.pjsua4j.SrtpUse;
import org.pjsua4j.TlsConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/** What pjsua's TLS, SRTP keying and outbound-proxy options become in the facade's configurations. */
class CliSettingsTest {
    private static Options parse(String... args) {
        return Options.parse(List.of(args));
    }

    @Test
    void tlsOptionsFollowPjsuaAndAreRefusedWithoutUseTls(@TempDir Path dir) throws Exception {
        Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
        Path key = Files.writeString(dir.resolve("key.pem"), "x");
        assertTrue(TlsOptions.of(parse("--null-audio")).isEmpty());
        assertEquals("--tls-verify-server: needs --use-tls", assertThrows(IllegalArgumentException.class,
                () -> TlsOptions.of(parse("--tls-verify-server"))).getMessage());
        assertEquals("--tls-cert-file and --tls-privkey-file: give both or neither",
                assertThrows(IllegalArgumentException.class,
                        () -> TlsOptions.of(parse("--use-tls", "--tls-cert-file=" + cert))).getMessage());

        TlsConfig plain = TlsOptions.of(parse("--use-tls")).orElseThrow();
        assertFalse(plain.verifyServer() || plain.verifyClient(), "pjsua verifies nothing unless told");
        TlsConfig strict = TlsOptions.of(parse("--use-tls", "--tls-cert-file", cert.toString(), "--tls-privkey-file",
                key.toString(), "--tls-password=pw", "--tls-verify-server", "--tls-verify-client",
                "--tls-cipher=ECDHE-ECDSA-AES128-GCM-SHA256", "--tls-cipher=TLS_AES_128_GCM_SHA256")).orElseThrow();
        assertTrue(strict.verifyServer() && strict.verifyClient() && strict.requireClientCertificate());
        assertEquals(List.of("ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_AES_128_GCM_SHA256"), strict.ciphers());
        assertEquals(cert, strict.certificate().orElseThrow());
        assertTrue(strict.hasPrivateKeyPassword());
    }

    @Test
    void rtpPortStartsTheCallsRtpThereAndZeroKeepsTheRandomStart() {
        assertEquals(new PortRange(4000, 61536), Session.endpointConfig(parse("--rtp-port=4000")).rtpPorts()
                .orElseThrow());
        assertTrue(Session.endpointConfig(parse("--rtp-port", "0")).rtpPorts().isEmpty());
        assertTrue(Session.endpointConfig(parse("--null-audio")).rtpPorts().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Session.endpointConfig(parse("--rtp-port=65535")));
        assertEquals(java.time.Duration.ZERO, Session.endpointConfig(parse("--null-audio")).mediaTimeout(),
                "pjsua never hangs up a call for missing RTP");
    }

    @Test
    void srtpKeyingAndOutboundProxiesReachEveryAccount() {
        Options options = parse("--id=sip:ann@127.0.0.1", "--outbound=sip:127.0.0.9:5070", "--proxy=sip:127.0.0.8",
                "--srtp-keying=1", "--use-srtp=1");
        AccountConfig ann = AccountOptions.withId(options);
        AccountConfig local = AccountOptions.local(new Transport(2, TransportType.TLS, "127.0.0.1", 5061), options);
        for (AccountConfig c : List.of(ann, local)) {
            assertEquals(List.of(SrtpKeying.DTLS, SrtpKeying.SDES), c.srtp().keying(), c.toString());
            assertEquals("sip:127.0.0.9:5070", c.proxies().get(0), "the global outbound proxy comes first");
        }
        assertEquals(List.of("sip:127.0.0.9:5070", "sip:127.0.0.8"), ann.proxies());
        assertEquals("<sip:127.0.0.1:5061;transport=tls>", local.id());
        assertEquals(List.of(SrtpKeying.SDES, SrtpKeying.DTLS),
                AccountOptions.withId(parse("--id=sip:bo@127.0.0.1")).srtp().keying(), "pjsua's order by default");
        assertThrows(IllegalArgumentException.class, () -> AccountOptions.withId(parse("--id=sip:x@y", "--srtp-keying=2")));
        assertEquals(SrtpUse.OPTIONAL, AccountOptions.withId(parse("--id=sip:x@y", "--use-srtp=3")).srtp().use(),
                "3 offers as 1 in pjsua (its duplicated offer is ignored there)");
        assertThrows(IllegalArgumentException.class, () -> AccountOptions.withId(parse("--id=sip:x@y", "--use-srtp=4")));
        assertFalse(AccountOptions.withId(parse("--id=sip:x@y", "--registrar=sip:y", "--auto-update-nat=0"))
                .registration().orElseThrow().rewriteContact());
        assertTrue(AccountOptions.withId(parse("--id=sip:x@y", "--registrar=sip:y")).registration().orElseThrow()
                .rewriteContact(), "pjsua's default: on");
        assertThrows(IllegalArgumentException.class,
                () -> AccountOptions.withId(parse("--id=sip:x@y", "--registrar=sip:y", "--auto-update-nat=2")));
        AccountConfig twoRealms = AccountOptions.withId(parse("--id=sip:x@y", "--username", "u1", "--realm", "r1",
                "--password", "p1", "--next-cred", "--username", "u2", "--password", "p2", "--use-ims"));
        assertEquals(List.of(new org.pjsua4j.Credential("r1", "u1", "p1"), new org.pjsua4j.Credential("*", "u2", "p2")),
                twoRealms.credentials(), "--next-cred starts the next credential");
        assertEquals("", twoRealms.initialAuthorization().orElseThrow(), "--use-ims: initial Authorization");
        assertEquals("--reg-timeout needs --registrar: without one the account does not register",
                assertThrows(IllegalArgumentException.class,
                        () -> AccountOptions.withId(parse("--id=sip:x@y", "--reg-timeout=60"))).getMessage());
    }
}
