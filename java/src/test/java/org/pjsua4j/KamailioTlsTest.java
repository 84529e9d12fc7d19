package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Kamailio;

/**
 * Registration over TLS to Kamailio (its tls module): with a certificate of the CA we trust it
 * succeeds, and the binding Kamailio keeps is a TLS one; with a certificate of another CA it fails
 * with 503 naming the certificate, and Kamailio never sees a REGISTER.
 */
class KamailioTlsTest extends EndpointOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static TlsFiles files;
    private static Kamailio trusted;
    private static Kamailio rogue;

    @BeforeAll
    static void startRegistrars() throws Exception {
        files = TlsFiles.create();
        Map<String, String> users = Map.of("alice", "alice-pw", "bob", "bob-pw");
        trusted = Kamailio.startWithTls(users, 60, 1800, files.cert, files.plainKey());
        rogue = Kamailio.startWithTls(users, 60, 1800, files.rogueCert, files.rogueKey);
    }

    @AfterAll
    static void stopRegistrars() throws Exception {
        try (TlsFiles f = files; Kamailio t = trusted; Kamailio r = rogue) {
            // closed in reverse order
        }
    }

    @Override
    Endpoint newEndpoint() {
        return Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .transport(TransportType.TLS, "127.0.0.1", 0)
                .tls(TlsConfig.builder().caList(files.ca).build())
                .build());
    }

    private static AccountConfig overTls(Kamailio k, String user) {
        String domain = "127.0.0.1:" + k.tlsPort();
        Transport tls = ep.transports().stream().filter(t -> t.type() == TransportType.TLS).findFirst().orElseThrow();
        return AccountConfig.builder("sip:" + user + "@" + domain).registrar("sip:" + domain + ";transport=tls")
                .credential("*", user, user + "-pw").transport(tls).build();
    }

    @Test
    void registersOverTlsWithATrustedCertificate() throws Exception {
        RegistrationEvent first = ep.addAccount(overTls(trusted, "alice"), new AccountListener() {
        }).registration().get(T, MILLISECONDS);
        assertEquals(RegistrationEvent.Kind.SUCCEEDED, first.kind(), first.toString());
        assertTrue(first.contact().toLowerCase(Locale.ROOT).contains("transport=tls"), first.toString());
        List<String> contacts = trusted.contacts("alice");
        assertEquals(1, contacts.size(), contacts.toString());
        assertTrue(contacts.get(0).toLowerCase(Locale.ROOT).contains("transport=tls"), contacts.toString());
    }

    @Test
    void aCertificateOfAnotherCaFailsTheRegistration() throws Exception {
        RegistrationEvent first = ep.addAccount(overTls(rogue, "bob"), new AccountListener() {
        }).registration().get(T, MILLISECONDS);
        assertEquals(RegistrationEvent.Kind.FAILED, first.kind(), first.toString());
        assertEquals(503, first.statusCode(), first.toString());
        String reason = first.reason().toLowerCase(Locale.ROOT);
        assertTrue(reason.contains("tls") || reason.contains("certificate"), first.toString());
        assertEquals(List.of(), rogue.contacts("bob"), "no REGISTER reached the registrar");
    }
}
