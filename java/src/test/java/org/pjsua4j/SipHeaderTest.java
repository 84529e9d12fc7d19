package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SipHeader: only a token name, never a header pjsip writes itself, and a one-line value. */
class SipHeaderTest {

    @Test
    void aCustomHeaderIsKeptAsGiven() {
        SipHeader h = new SipHeader("X-Case-Id", "42; a=b");
        assertEquals("X-Case-Id", h.name());
        assertEquals("42; a=b", h.value());
        assertEquals("X-Case-Id: 42; a=b", h.toString());
        assertDoesNotThrow(() -> new SipHeader("X-Empty", ""));
        assertDoesNotThrow(() -> new SipHeader("X-Tab", "a\tb"));
    }

    @Test
    void everyTokenCharacterIsAllowedInTheName() {
        assertDoesNotThrow(() -> new SipHeader("Az09.!%*_+`'~-", "v"));
    }

    @Test
    void aNameThatIsNotATokenIsRefused() {
        for (String name : new String[] {"", "X Case", "X-Case:", "X:Case", "X\r\nVia", "X@Case", "X(Case)",
                "X\"Case\"", "X/Case", "X\u00e9", "X\tCase"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SipHeader(name, "v"),
                    name);
            assertTrue(e.getMessage().contains("token"), e.getMessage());
        }
    }

    @Test
    void headersPjsipWritesAreRefusedInAnyCaseAndCompactForm() {
        for (String name : new String[] {"Via", "VIA", "v", "V", "From", "from", "f", "F", "To", "TO", "t", "T",
                "Call-ID", "call-id", "i", "I", "CSeq", "CSEQ", "Contact", "contact", "m", "M",
                "Content-Length", "content-length", "l", "L", "Content-Type", "CONTENT-TYPE", "c", "C",
                "Max-Forwards", "max-forwards", "Route", "ROUTE", "Record-Route", "record-route"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SipHeader(name, "x"),
                    name);
            assertTrue(e.getMessage().contains("pjsip"), e.getMessage());
        }
    }

    @Test
    void namesOnlyResemblingManagedOnesAreAllowed() {
        for (String name : new String[] {"X-Via", "Vias", "Subject", "s", "Routes",
                "Contacts", "X-From", "Call-Info"}) {
            assertDoesNotThrow(() -> new SipHeader(name, "x"), name);
        }
    }

    @Test
    void aValueWithALineBreakOrNulIsRefused() {
        for (String value : new String[] {"a\r\nVia: SIP/2.0/UDP evil", "a\rb", "a\nb", "a\0b", "\r\n"}) {
            assertThrows(IllegalArgumentException.class, () -> new SipHeader("X-Case", value), value);
        }
    }

    @Test
    void nullsAreNamed() {
        assertEquals("name", assertThrows(NullPointerException.class, () -> new SipHeader(null, "v")).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class, () -> new SipHeader("X-A", null)).getMessage());
    }
}
