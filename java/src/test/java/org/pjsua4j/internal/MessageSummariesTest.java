package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pjsua4j.MessageSummary;

class MessageSummariesTest {

    @Test
    void theRfcExampleIsReadWhole() {
        String body = "Messages-Waiting: yes\r\nMessage-Account: sip:alice@vmail.example.com\r\n"
                + "Voice-Message: 4/8 (1/2)\r\n";
        assertEquals(new MessageSummary(true, "sip:alice@vmail.example.com", 4, 8, 1, 2, true, body),
                MessageSummaries.parse(body, true));
    }

    @Test
    void namesAreCaseInsensitiveAndSpacingAndLineEndsVary() {
        MessageSummary s = MessageSummaries.parse("messages-waiting:YES\nvoice-message:  3 / 0\n", false);
        assertEquals(true, s.waiting());
        assertEquals(3, s.newVoice());
        assertEquals(0, s.oldVoice());
        assertEquals(0, s.newUrgentVoice());
    }

    @Test
    void whatCannotBeReadCountsAsAbsent() {
        MessageSummary s = MessageSummaries.parse("Messages-Waiting: maybe\r\nVoice-Message: many\r\n"
                + "Fax-Message: 1/1\r\nno colon here\r\n: empty name\r\nVoice-Message: 99999999999/1", false);
        assertEquals(new MessageSummary(false, "", 0, 0, 0, 0, false, s.body()), s);
        assertEquals(new MessageSummary(false, "", 0, 0, 0, 0, true, ""), MessageSummaries.parse("", true));
    }
}
