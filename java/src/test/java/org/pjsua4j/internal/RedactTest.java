package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Redact: a password in a SIP URI's user part never reaches a message. */
class RedactTest {

    @Test
    void aPasswordInASipOrSipsUriIsHidden() {
        assertEquals("sip:alice:***@example.org", Redact.uri("sip:alice:secret@example.org"));
        assertEquals("sips:alice:***@example.org:5061", Redact.uri("sips:alice:secret@example.org:5061"));
        assertEquals("SIP:alice:***@example.org", Redact.uri("SIP:alice:secret@example.org"), "scheme in any case");
        assertEquals("sip:alice:***@example.org", Redact.uri("sip:alice:@example.org"), "even an empty one");
    }

    @Test
    void aPasswordInsideANameAddrIsHidden() {
        assertEquals("\"Alice\" <sip:alice:***@example.org;transport=tcp>",
                Redact.uri("\"Alice\" <sip:alice:p%40ss=w0rd@example.org;transport=tcp>"));
    }

    @Test
    void uriWithoutAPasswordIsUnchanged() {
        for (String uri : new String[] {"sip:alice@example.org", "sip:alice@example.org:5060",
                "sips:example.org:5061;transport=tls", "sip:[::1]:5060", "<sip:proxy:5060;lr>",
                "\"A: B\" <sip:alice@example.org>", "not a uri", ""}) {
            assertEquals(uri, Redact.uri(uri));
        }
    }

    @Test
    void nullStaysNull() {
        assertNull(Redact.uri(null));
    }

    @Test
    void everyUriInAStringIsRedacted() {
        assertEquals("registrar sip:a:***@x.org failed; proxy <sips:b:***@y.org>, then sip:c@z.org",
                Redact.uri("registrar sip:a:pw1@x.org failed; proxy <sips:b:pw2@y.org>, then sip:c@z.org"));
    }

    @Test
    void aPasswordAfterAUserPartWithASemicolonIsHidden() {
        // RFC 3261 user-unreserved includes ';', e.g. a telephone-subscriber user part.
        assertEquals("sip:+4930123;isub=5:***@example.org", Redact.uri("sip:+4930123;isub=5:secret@example.org"));
        assertEquals("sip:alice@example.org;transport=tcp", Redact.uri("sip:alice@example.org;transport=tcp"));
    }
}
