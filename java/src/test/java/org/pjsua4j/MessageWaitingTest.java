package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Sipp;

/**
 * Message-waiting indications (RFC 3842) from SIPp as a voice-mail server: NOTIFYs in the account's
 * MWI subscription and unsolicited ones. Each SIPp scenario checks what it receives.
 */
class MessageWaitingTest extends EndpointOnLoopback {

    static final class Mailbox implements AccountListener {
        final CompletableFuture<MessageSummary> first = new CompletableFuture<>();
        volatile String thread;

        @Override
        public void onMessageWaiting(MessageSummary summary) {
            thread = Thread.currentThread().getName();
            first.complete(summary);
        }
    }

    @Test
    void theSubscriptionsNotifyArrivesAsAMessageSummary() throws Exception {
        try (Sipp registrar = Sipp.server("register-ok.xml", 1, Duration.ofSeconds(30));
                Sipp notifier = Sipp.server("mwi-notifier.xml", 1, Duration.ofSeconds(30))) {
            Mailbox mailbox = new Mailbox();
            Account ivy = ep.addAccount(AccountConfig.builder("sip:ivy@" + notifier.hostPort())
                    .registrar("sip:" + registrar.hostPort()).messageWaiting(true).build(), mailbox);

            MessageSummary summary = mailbox.first.get(15, TimeUnit.SECONDS);
            assertTrue(summary.waiting());
            assertTrue(summary.solicited());
            assertEquals("sip:ivy@" + notifier.hostPort(), summary.messageAccount());
            assertEquals(2, summary.newVoice());
            assertEquals(8, summary.oldVoice());
            assertEquals(1, summary.newUrgentVoice());
            assertEquals(0, summary.oldUrgentVoice());
            assertTrue(summary.body().contains("Voice-Message: 2/8 (1/0)"), summary.body());
            assertTrue(mailbox.thread.startsWith("pjsua4j-event-"), mailbox.thread);
            ivy.close();
            assertEquals(0, notifier.await(Duration.ofSeconds(15)), "subscribed, notified, unsubscribed: " + notifier.log());
            assertEquals(0, registrar.await(Duration.ofSeconds(15)), "registered and unregistered: " + registrar.log());
        }
    }

    @Test
    void anUnsolicitedNotifyArrivesToo() throws Exception {
        Mailbox mailbox = new Mailbox();
        Loopback.account(ep, "ivy", mailbox);
        Transport udp = Loopback.udp(ep);
        try (Sipp voicemail = Sipp.client("mwi-unsolicited.xml", "ivy", udp.hostPort(), 1,
                Duration.ofSeconds(30))) {
            MessageSummary summary = mailbox.first.get(15, TimeUnit.SECONDS);
            assertFalse(summary.waiting());
            assertFalse(summary.solicited());
            assertEquals("", summary.messageAccount());
            assertEquals(0, summary.newVoice());
            assertEquals(3, summary.oldVoice());
            assertEquals(0, voicemail.await(Duration.ofSeconds(15)), "the NOTIFY got 200: " + voicemail.log());
        }
    }
}
