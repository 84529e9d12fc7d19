package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import org.junit.jupiter.api.Test;

/**
 * The raw layer's wrappers check the same text as the facade before anything reaches native memory:
 * the crash of pjsua_verify_url on a URI of ~850 bytes, CR/LF in pj4j_msg_data_add_hdr, in
 * pjsua_im_send's MIME type and in a hangup reason.
 */
class WireTextTest extends RawPjsua {
    private static final String LONG_URI = "sip:" + "a".repeat(900) + "@127.0.0.1";

    @Test
    void theLimitsAreTheNativeOnes() {
        assertEquals(PJ4J_MAX_URI, WireText.MAX_URI);
        assertEquals(PJ4J_MAX_LINE, WireText.MAX_LINE);
        assertEquals(PJ4J_MAX_TOKEN, WireText.MAX_TOKEN);
        assertEquals(PJ4J_MAX_BODY, WireText.MAX_BODY);
    }

    @Test
    void textIsMeasuredInUtf8BytesAndBreaksAreNamed() {
        assertEquals("é".repeat(128), WireText.uri("u", "é".repeat(128)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WireText.uri("u", "é".repeat(129)));
        assertTrue(e.getMessage().contains("258 bytes"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WireText.line("reason", "a\nb")).getMessage()
                .contains("reason must not contain LF"));
        assertEquals("a\r\nb", WireText.body("text", "a\r\nb"));
        assertThrows(IllegalArgumentException.class, () -> WireText.body("text", "a\0b"));
        assertThrows(IllegalArgumentException.class, () -> WireText.token("method", "IN VITE"));
        assertNull(WireText.optionalLine("reason", null));
    }

    @Test
    void aLongUriIsRefusedBeforePjsuaParsesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pjsua_verify_url(LONG_URI));
        assertTrue(e.getMessage().contains("url"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pjsua_verify_sip_url(LONG_URI));
        pjsua_verify_url("sip:" + "a".repeat(200) + "@127.0.0.1");
    }

    @Test
    void headerTextWithALineBreakIsRefused() {
        int acc = localAccount(udp, true);
        assertThrows(IllegalArgumentException.class,
                () -> pjsua_im_send(acc, "sip:x@127.0.0.1:" + port(udp), "text/plain\r\nX-Evil: 1", "hi", null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> pjsua_im_send(acc, "sip:x@127.0.0.1:" + port(udp) + "\r\nX-Evil: 1", null, "hi", null, 0));
        assertThrows(IllegalArgumentException.class, () -> pjsua_call_hangup(0, 486, "x".repeat(64 * 1024), null));
        try (pjsua_msg_data md = new pjsua_msg_data()) {
            pjsua_msg_data_init(md);
            SWIGTYPE_p_pj_pool_t pool = pjsua_pool_create("hdr", 512, 512);
            try {
                for (String[] bad : new String[][] {{"X-Case", "1\r\nX-Evil: 1", "hdr_value"},
                        {"X-Case\r\nX-Evil", "1", "hdr_name"}, {"X Case", "1", "hdr_name"}, {"X-Case:", "1", "hdr_name"},
                        {"X-Case", "x".repeat(2000), "hdr_value"}}) {
                    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                            () -> pj4j_msg_data_add_hdr(md, pool, bad[0], bad[1]));
                    assertTrue(refused.getMessage().startsWith(bad[2]), refused.getMessage());
                }
                pj4j_msg_data_add_hdr(md, pool, "X-Case", "42");
            } finally {
                pj_pool_release(pool);
            }
        }
    }
}
