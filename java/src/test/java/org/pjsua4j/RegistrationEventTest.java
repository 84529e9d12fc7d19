package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RegistrationEvent: an immutable copy of the contacts, and succeeded() for SUCCEEDED only. */
class RegistrationEventTest {

    private static RegistrationEvent event(RegistrationEvent.Kind kind, List<String> contacts) {
        return new RegistrationEvent(null, kind, 200, "OK", 300, "<sip:alice@127.0.0.1:5060>", contacts,
                Optional.empty(), 0);
    }

    @Test
    void contactsAreCopied() {
        List<String> contacts = new ArrayList<>(List.of("sip:alice@127.0.0.1:5060", "sip:alice@10.0.0.2:5060"));
        RegistrationEvent e = event(RegistrationEvent.Kind.SUCCEEDED, contacts);
        contacts.clear();

        assertEquals(List.of("sip:alice@127.0.0.1:5060", "sip:alice@10.0.0.2:5060"), e.contacts());
        assertThrows(UnsupportedOperationException.class, () -> e.contacts().add("sip:mallory@x"));
    }

    @Test
    void contactsMustNotBeNullOrHoldNull() {
        assertThrows(NullPointerException.class, () -> event(RegistrationEvent.Kind.FAILED, null));
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> event(RegistrationEvent.Kind.FAILED, withNull));
    }

    @Test
    void succeededOnlyForSucceeded() {
        assertTrue(event(RegistrationEvent.Kind.SUCCEEDED, List.of()).succeeded());
        assertFalse(event(RegistrationEvent.Kind.FAILED, List.of()).succeeded());
        assertFalse(event(RegistrationEvent.Kind.ENDED, List.of()).succeeded());
    }

    @Test
    void theOtherComponentsAreKept() {
        Instant next = Instant.parse("2030-01-01T00:00:00Z");
        RegistrationEvent e = new RegistrationEvent(null, RegistrationEvent.Kind.FAILED, 503, "Service Unavailable",
                0, "", List.of(), Optional.of(next), 70014);
        assertEquals(503, e.statusCode());
        assertEquals("Service Unavailable", e.reason());
        assertEquals(Optional.of(next), e.nextRetry());
        assertEquals(70014, e.status());
    }
}
