package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SipText: headers read from a message's text. */
class SipTextTest {
    private static final String INVITE = String.join("\r\n",
            "INVITE sip:bob@127.0.0.1 SIP/2.0",
            "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1",
            "via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK2",
            "From: <sip:alice@127.0.0.1>;tag=1",
            "Subject: a long",
            "  folded\tsubject",
            "\tin three lines",
            "X-Case : 42",
            "User-Agent: pjsua4j-test",
            "Content-Type: application/sdp",
            "",
            "v=0",
            "X-Case: from the body",
            "");

    @Test
    void headerNamesMatchIgnoringCaseAndValuesComeInOrder() {
        assertEquals(List.of("SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1", "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK2"),
                SipText.headers(INVITE, "VIA"));
        assertEquals(List.of("<sip:alice@127.0.0.1>;tag=1"), SipText.headers(INVITE, "from"));
    }

    @Test
    void foldedContinuationLinesAreJoined() {
        assertEquals(List.of("a long folded\tsubject in three lines"), SipText.headers(INVITE, "Subject"));
    }

    @Test
    void spaceAroundTheColonIsIgnored() {
        assertEquals(List.of("42"), SipText.headers("MESSAGE sip:x SIP/2.0\r\nX-Case \t:  42 \r\n\r\n", "X-Case"));
    }

    @Test
    void theBodyIsNotReadAsHeaders() {
        assertEquals(List.of("42"), SipText.headers(INVITE, "X-Case"), "not the body's X-Case line");
        assertEquals(List.of(), SipText.headers(INVITE, "v"));
    }

    @Test
    void theStartLineIsNotAHeader() {
        assertEquals(List.of("one"), SipText.headers("Via: not a header\r\nVia: one\r\n\r\n", "Via"));
    }

    @Test
    void bareLineFeedsWorkLikeCrLf() {
        String lf = INVITE.replace("\r\n", "\n");
        assertEquals(SipText.headers(INVITE, "Via"), SipText.headers(lf, "Via"));
        assertEquals(List.of("a long folded\tsubject in three lines"), SipText.headers(lf, "Subject"));
        assertEquals(List.of("42"), SipText.headers(lf, "X-Case"));
    }

    @Test
    void aMissingHeaderGivesAnEmptyList() {
        assertEquals(List.of(), SipText.headers(INVITE, "Call-ID"));
        assertEquals(List.of(), SipText.headers(INVITE, "Via-Extra"), "a name is matched whole, not as a prefix");
        assertEquals(List.of(), SipText.headers("", "Via"));
    }

    @Test
    void aMessageWithoutBodyOrBlankLineIsReadToItsEnd() {
        assertEquals(List.of("1", "2"), SipText.headers("OPTIONS sip:x SIP/2.0\r\nX-A: 1\r\nX-A: 2", "x-a"));
    }

    @Test
    void compactFormsAreFoundByTheFullName() {
        // RFC 3261 7.3.3: "s" is Subject, "m" is Contact; a peer may send either form.
        String invite = "INVITE sip:bob@127.0.0.1 SIP/2.0\r\ns: hello\r\nm: <sip:alice@127.0.0.1>\r\n"
                + "Contact: <sip:alice@127.0.0.2>\r\n\r\n";
        assertEquals(List.of("hello"), SipText.headers(invite, "Subject"));
        assertEquals(List.of("<sip:alice@127.0.0.1>", "<sip:alice@127.0.0.2>"), SipText.headers(invite, "contact"));
        assertEquals(List.of(), SipText.headers(invite, "User-Agent"));
    }
}
