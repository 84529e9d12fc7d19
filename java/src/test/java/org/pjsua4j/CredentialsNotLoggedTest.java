package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Kamailio;

/** With pjsip logging everything (level 6: every SIP message), passwords still never appear. */
class CredentialsNotLoggedTest {
    private static final String PASSWORD = "pw-7f3a-never-logged";
    private static final Logger PJSIP = Logger.getLogger("org.pjsua4j.pjsip");
    private static final Logger OURS = Logger.getLogger("org.pjsua4j");
    private static final List<String> lines = new CopyOnWriteArrayList<>();
    private static final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            lines.add(r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static Level pjsipLevel;
    private static Level oursLevel;

    @BeforeAll
    static void logEverything() {
        pjsipLevel = PJSIP.getLevel();
        oursLevel = OURS.getLevel();
        PJSIP.setLevel(Level.ALL);
        OURS.setLevel(Level.ALL);
        OURS.addHandler(capture);
    }

    @AfterAll
    static void restoreLogging() {
        OURS.removeHandler(capture);
        PJSIP.setLevel(pjsipLevel);
        OURS.setLevel(oursLevel);
    }

    @Test
    void registrationWithRightAndWrongPasswordsLogsNoPassword() throws Exception {
        StringBuilder visible = new StringBuilder();
        try (Kamailio kamailio = Kamailio.start(Map.of("nina", PASSWORD), 60, 600);
                Endpoint ep = Loopback.endpoint()) {
            AccountConfig right = AccountConfig.of(kamailio.domain(), "nina", PASSWORD);
            Account nina = ep.addAccount(right, new AccountListener() { });
            RegistrationEvent ok = nina.registration().get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS);
            assertTrue(ok.succeeded(), ok.toString());
            AccountConfig wrong = AccountConfig.builder("sip:nina@" + kamailio.domain()).registrar("sip:" + kamailio.domain())
                    .credential("*", "nina", PASSWORD + "-wrong").contactUriParams(";second").build();
            RegistrationEvent failed = ep.addAccount(wrong, new AccountListener() { }).registration()
                    .get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS);
            assertEquals(RegistrationEvent.Kind.FAILED, failed.kind(), failed.toString());
            visible.append(right).append(wrong).append(ok).append(failed).append(nina).append(nina.info());
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("Authorization: Digest")),
                "pjsip logged the authenticated REGISTER, so the check below means something");
        for (String line : lines) {
            assertFalse(line.contains(PASSWORD), "password in a log line: " + line);
        }
        assertFalse(visible.toString().contains(PASSWORD), visible.toString());
    }

    @Test
    void tlsKeyPasswordIsNotLogged() throws Exception {
        TlsFiles files = TlsFiles.create();
        int before = lines.size();
        try (files; Endpoint ep = Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.TLS, "127.0.0.1", 0)
                .tls(TlsConfig.builder().caList(files.ca).certificate(files.cert, files.key, TlsFiles.PASSWORD).build())
                .build())) {
            Transport tls = ep.transports().get(0);
            Loopback.Answering bob = Loopback.Answering.with(200);
            Account callee = ep.addAccount(AccountConfig.builder(tls.uri("bob")).build(), bob);
            Account caller = ep.addAccount(AccountConfig.builder(tls.uri("alice")).build(), new AccountListener() { });
            caller.makeCall(callee.uri(), new CallEvents()).stateFuture(CallState.CONFIRMED)
                    .get(CallEvents.TIMEOUT.toMillis(), MILLISECONDS);
        }
        List<String> logged = lines.subList(before, lines.size());
        assertTrue(logged.stream().anyMatch(l -> l.contains("TLS")), "pjsip logged the TLS transport");
        for (String line : logged) {
            assertFalse(line.contains(TlsFiles.PASSWORD), "TLS key password in a log line: " + line);
        }
    }
}
