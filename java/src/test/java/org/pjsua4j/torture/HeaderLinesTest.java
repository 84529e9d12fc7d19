package org.pjsua4j.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wire check's proof finds what it must: an injected header line (as pjsip wrote one from a raw
 * {@code pjsua_msg_data.content_type} holding CRLF), a lone CR or LF, NUL, a Content-Length that lies.
 */
class HeaderLinesTest {
    private static final String HEAD = "OPTIONS sip:md@127.0.0.1:38666 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:55718;rport;branch=z9hG4bKPj5ed7\r\n"
            + "Call-ID: c7660d08\r\nCSeq: 52266 OPTIONS\r\n";

    private static List<String> problems(String headers, String body) {
        String m = HEAD + headers + "Content-Length: " + body.length() + "\r\n\r\n" + body;
        return HeaderLines.problems(new SipBytes(m.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aCleanMessageHasNoProblem() {
        assertEquals(List.of(), problems("Content-Type: text/plain\r\n", "hello\r\nX-Evil: 1 stays in the body"));
    }

    @Test
    void injectionsAreFound() {
        assertEquals(1, problems("Content-Type: text/x-wc\r\nX-Evil: 1\r\n", "hello").size(), "an injected header");
        assertEquals(1, problems("Content-Type: text/x-wc\rX-Evil: 1\r\n", "hello").size(), "a lone CR");
        assertEquals(1, problems("Content-Type: text/x-wc\nX-Evil: 1\r\n", "hello").size(), "a lone LF");
        assertEquals(2, problems("Content-Type: text/x-wc\0X-Evil: 1\r\n", "hello").size(), "NUL, and so not one header");
        assertEquals(1, problems("Content-Type: text/x-wc\r\n X-Evil: 1\r\n", "hello").size(), "a folded line");
    }

    @Test
    void aContentLengthThatLiesIsFound() {
        String m = HEAD + "Content-Length: 3\r\n\r\nhello";
        List<String> p = HeaderLines.problems(new SipBytes(m.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(p.get(0).contains("Content-Length 3"), p.toString());
    }
}
