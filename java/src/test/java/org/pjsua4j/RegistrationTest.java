package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Kamailio;

/** Registration against a real Kamailio registrar with digest authentication. */
class RegistrationTest extends EndpointOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final int MANY = 100;
    private static Kamailio kamailio;

    @BeforeAll
    static void startRegistrar() throws Exception {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("alice", "alice-pw");
        for (int i = 0; i < MANY; i++) {
            users.put("user" + i, "pw-" + i);
        }
        kamailio = Kamailio.start(users, 60, 1800);
    }

    @AfterAll
    static void stopRegistrar() throws Exception {
        kamailio.close();
    }

    /** Records registration events. */
    static final class Registrations implements AccountListener {
        final List<RegistrationEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void onRegistration(RegistrationEvent event) {
            events.add(event);
        }
    }

    /** Adds alice with the given password and waits for her first registration outcome. */
    private RegistrationEvent registerAlice(String password, Registrations seen) throws Exception {
        Account alice = ep.addAccount(AccountConfig.of(kamailio.domain(), "alice", password), seen);
        return alice.registration().get(T, MILLISECONDS);
    }

    @Test
    void registersWithDigestAndUnregistersOnClose() throws Exception {
        RegistrationEvent first = registerAlice("alice-pw", new Registrations());
        Account alice = first.account();
        assertTrue(first.registered(), first.toString());
        assertEquals(200, first.statusCode());
        assertTrue(first.expiration() > 0 && first.expiration() <= 300, first.toString());
        String ours = "127.0.0.1:" + Loopback.udp(ep).port();
        List<String> contacts = kamailio.contacts("alice");
        assertEquals(1, contacts.size(), contacts.toString());
        assertTrue(contacts.get(0).contains(ours), contacts.toString());
        assertEquals(1, first.contacts().size(), first.toString());
        assertTrue(first.contacts().get(0).contains(ours), first.toString());

        alice.close();
        assertEquals(List.of(), kamailio.contacts("alice"), "unregistered on close");
    }

    @Test
    void aWrongPasswordFailsWithoutARetryStorm() throws Exception {
        Registrations seen = new Registrations();
        RegistrationEvent first = registerAlice("wrong", seen);
        assertFalse(first.succeeded(), first.toString());
        assertTrue(first.statusCode() == 401 || first.statusCode() == 403, first.toString());
        Thread.sleep(2000);
        assertEquals(1, seen.events.size(), "one failure, no immediate retries: " + seen.events);
        assertEquals(List.of(), kamailio.contacts("alice"));
    }

    @Test
    void manyAccountsRegisterConcurrentlyAndAllUnregisterOnEndpointClose() throws Exception {
        long t0 = System.nanoTime();
        List<CompletableFuture<RegistrationEvent>> results = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            Account a = ep.addAccount(AccountConfig.of(kamailio.domain(), "user" + i, "pw-" + i), new Registrations());
            results.add(a.registration());
        }
        CompletableFuture.allOf(results.toArray(new CompletableFuture<?>[0])).get(60_000, MILLISECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        for (CompletableFuture<RegistrationEvent> r : results) {
            assertTrue(r.get().registered(), r.get().toString());
        }
        System.out.println("registered " + MANY + " accounts in " + millis + " ms");
        assertEquals(1, kamailio.contacts("user0").size());
        assertEquals(1, kamailio.contacts("user" + (MANY - 1)).size());

        ep.close();
        for (int i = 0; i < MANY; i += 9) {
            assertEquals(List.of(), kamailio.contacts("user" + i), "user" + i + " unregistered on endpoint close");
        }
    }
}
