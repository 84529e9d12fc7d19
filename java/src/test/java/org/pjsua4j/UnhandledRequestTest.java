package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pjsua4j.peers.RawSip;

/**
 * Requests no part of pjsip or pjsua handles get their default answer at once when the endpoint has
 * no handler (RFC 3261 8.2.1, 12.2.2, 15.1.2), sent byte by byte from a socket over UDP and TCP;
 * before, pjsip dropped them and the peer retransmitted for 32 s.
 */
class UnhandledRequestTest extends EndpointOnLoopback {
    static final Duration ANSWER = Duration.ofSeconds(5);

    static RawSip peer(TransportType type) throws IOException {
        Transport t = ep.transports().stream().filter(x -> x.type() == type).findFirst().orElseThrow();
        return RawSip.to(type == TransportType.TCP, t.port());
    }

    static RawSip.Response ask(TransportType type, String method, String... extra) throws IOException {
        try (RawSip peer = peer(type)) {
            peer.send(peer.request(method, extra));
            return peer.receive(ANSWER);
        }
    }

    static void assertMethodNotAllowed(RawSip.Response r) {
        assertNotNull(r, "no answer");
        assertEquals(405, r.code(), r.toString());
        List<String> allow = Arrays.stream(String.join(",", r.values("Allow")).split(",")).map(String::trim).toList();
        assertTrue(allow.containsAll(List.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS")), "Allow: " + allow);
        assertTrue(r.value("To").contains(";tag="), "a final answer carries a To tag: " + r);
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = {"UDP", "TCP"})
    void anUnknownMethodIsNotAllowed(TransportType type) throws IOException {
        assertMethodNotAllowed(ask(type, "FOO"));
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = {"UDP", "TCP"})
    void registerIsNotAllowedBecauseWeAreNoRegistrar(TransportType type) throws IOException {
        RawSip.Response r = ask(type, "REGISTER", "Expires: 60");
        assertMethodNotAllowed(r);
        assertTrue(String.join(",", r.values("Allow")).indexOf("REGISTER") < 0, r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BYE", "CANCEL", "INFO", "NOTIFY", "UPDATE", "PRACK"})
    void aRequestForADialogOrTransactionWeDoNotHaveIs481(String method) throws IOException {
        RawSip.Response r = ask(TransportType.UDP, method);
        assertNotNull(r, "no answer to " + method);
        assertEquals(481, r.code(), r.toString());
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = {"UDP", "TCP"})
    void aByeWithAToTagOfNoDialogIs481(TransportType type) throws IOException {
        try (RawSip peer = peer(type)) {
            peer.send(peer.requestWith("BYE", "nodialog", null));
            RawSip.Response r = peer.receive(ANSWER);
            assertNotNull(r, "no answer");
            assertEquals(481, r.code(), r.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = {"UDP", "TCP"})
    void anAckGetsNoAnswer(TransportType type) throws IOException {
        try (RawSip peer = peer(type)) {
            peer.send(peer.request("ACK"));
            peer.send(peer.request("FOO"));
            // Answers come in order on one socket: the first one is FOO's.
            RawSip.Response r = peer.receive(ANSWER);
            assertMethodNotAllowed(r);
            assertTrue(r.value("CSeq").endsWith("FOO"), r.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = {"UDP", "TCP"})
    void optionsMessageAndInviteStillReachPjsua(TransportType type) throws Exception {
        assertPjsuaAnswers(type);
    }

    /**
     * pjsua answers OPTIONS, a MESSAGE (which an account hears of) and an INVITE (which reaches the
     * account as a call, refused with 486), each sent with the extra header lines.
     */
    static void assertPjsuaAnswers(TransportType type, String... extra) throws Exception {
        LinkedBlockingQueue<InstantMessage> inbox = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Call> calls = new LinkedBlockingQueue<>();
        Loopback.account(ep, "ua", new AccountListener() {
            @Override
            public void onMessage(InstantMessage message) {
                inbox.add(message);
            }

            @Override
            public void onIncomingCall(Call call) {
                calls.add(call);
                call.answer(486);
            }
        });
        assertEquals(200, ask(type, "OPTIONS", extra).code());
        try (RawSip peer = peer(type)) {
            peer.send(peer.requestWith("MESSAGE", null, "hi there", extra));
            assertEquals(200, peer.receive(ANSWER).code());
            assertEquals("hi there", inbox.poll(5, TimeUnit.SECONDS).body());

            String invite = peer.request("INVITE", extra);
            peer.send(invite);
            RawSip.Response busy = peer.receive(ANSWER);
            assertEquals(486, busy.code(), busy.toString());
            assertNotNull(calls.poll(5, TimeUnit.SECONDS));
            peer.send(ack(invite, busy));
        }
    }

    /** The ACK of a non-2xx answer: the INVITE's Via, From, Call-ID, the answer's To, CSeq ACK. */
    private static String ack(String invite, RawSip.Response answer) {
        StringBuilder b = new StringBuilder();
        for (String line : invite.substring(0, invite.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.startsWith("INVITE ")) {
                b.append("ACK").append(line.substring(6));
            } else if (line.startsWith("To:")) {
                b.append("To: ").append(answer.value("To"));
            } else if (line.startsWith("CSeq:")) {
                b.append("CSeq: 1 ACK");
            } else if (line.startsWith("Content-Length:") || line.startsWith("Contact:")) {
                continue;
            } else {
                b.append(line);
            }
            b.append("\r\n");
        }
        return b.append("Content-Length: 0\r\n\r\n").toString();
    }
}
