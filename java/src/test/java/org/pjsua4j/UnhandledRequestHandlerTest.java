package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pjsua4j.peers.RawSip;

/**
 * An endpoint whose {@link UnhandledRequestHandler} answers by the request's {@code X-Hook} header:
 * what it answers reaches the wire, and whatever it does wrong (throws, never answers, answers with a
 * line break, answers twice) still ends in exactly one answer, the default one at the latest when the
 * timeout runs out.
 */
class UnhandledRequestHandlerTest extends EndpointOnLoopback {
    /** Generous: every answer that must beat it crosses to an event thread on a loaded machine first. */
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration ANSWER = Duration.ofSeconds(5);

    /** One handler for the class's endpoint; what each request made it see and do. */
    record Seen(IncomingRequest request, Thread thread, Throwable refused) {
    }

    static final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    /** What an answer given after the timeout came to. */
    static final BlockingQueue<Throwable> tooLate = new LinkedBlockingQueue<>();

    @Override
    Endpoint newEndpoint() {
        return endpointWith(TIMEOUT, UnhandledRequestHandlerTest::handle);
    }

    static Endpoint endpointWith(Duration timeout, UnhandledRequestHandler handler) {
        return Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .transport(TransportType.TCP, "127.0.0.1", 0)
                .unhandledRequests(handler, timeout)
                .build());
    }

    private static void handle(IncomingRequest request, SipResponder responder) {
        Throwable refused = null;
        String hook = request.headerValues("X-Hook").stream().findFirst().orElse("default");
        try {
            switch (hook) {
                case "ok" -> responder.answer(200, "Fine Thanks", List.of(new HeaderField("X-Answer", "yes"),
                        new HeaderField("Contact", "<sip:tester@127.0.0.1>;expires=60")), "text/plain", "hello ☺");
                case "throw" -> throw new RuntimeException("a handler that throws");
                case "crlf" -> responder.answer(200, null, List.of(new HeaderField("X-Bad", "a\r\nX-Evil: 1")), null,
                        null);
                case "twice" -> {
                    responder.answer(202);
                    responder.answer(200);
                }
                case "late" -> CompletableFuture.runAsync(() -> responder.answer(204),
                        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
                case "tooLate" -> CompletableFuture.runAsync(() -> {
                    try {
                        responder.answer(200);
                        tooLate.add(new AssertionError("an answer after the timeout was taken"));
                    } catch (IllegalStateException e) {
                        tooLate.add(e);
                    }
                }, CompletableFuture.delayedExecutor(TIMEOUT.toMillis() + 300, TimeUnit.MILLISECONDS));
                case "never" -> {
                }
                default -> responder.answerDefault();
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            refused = e;
        } finally {
            seen.add(new Seen(request, Thread.currentThread(), refused));
        }
    }

    static Seen nextSeen() throws InterruptedException {
        Seen s = seen.poll(5, TimeUnit.SECONDS);
        assertNotNull(s, "the handler saw nothing");
        return s;
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = {"UDP", "TCP"})
    void theHandlersAnswerGoesOnTheWire(TransportType type) throws Exception {
        seen.clear();
        try (RawSip peer = UnhandledRequestTest.peer(type)) {
            peer.send(peer.requestWith("REGISTER", null, "reg body", "X-Hook: ok", "Expires: 60"));
            RawSip.Response r = peer.receive(ANSWER);
            assertNotNull(r, "no answer");
            assertEquals(200, r.code());
            assertEquals("Fine Thanks", r.reason());
            assertEquals("yes", r.value("X-Answer"));
            assertEquals("<sip:tester@127.0.0.1>;expires=60", r.value("Contact"));
            assertEquals("text/plain", r.value("Content-Type"));
            assertEquals("hello ☺", r.body());
        }
        Seen s = nextSeen();
        assertEquals("REGISTER", s.request().method());
        assertTrue(s.request().requestUri().startsWith("sip:ua@127.0.0.1:"), s.request().requestUri());
        assertEquals(List.of("60"), s.request().headerValues("Expires"));
        assertEquals("text/plain", s.request().contentType());
        assertEquals("reg body", s.request().body());
        assertTrue(s.thread().getName().startsWith("pjsua4j-event-"), s.thread().getName());
        assertNull(s.refused());
    }

    @Test
    void aHandlerThatThrowsLeavesTheDefaultAnswer() throws Exception {
        RawSip.Response r = ask("FOO", "X-Hook: throw");
        assertEquals(405, r.code(), r.toString());
        assertTrue(r.value("Allow").contains("INVITE"), r.toString());
    }

    @Test
    void aHandlerThatAnswersTooLateLeavesTheDefaultAfterTheTimeout() throws Exception {
        long start = System.nanoTime();
        RawSip.Response r = ask("BYE", "X-Hook: tooLate");
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(481, r.code(), r.toString());
        assertTrue(waitedMs >= TIMEOUT.toMillis() - 50, "answered after " + waitedMs + " ms, before the timeout");
        Throwable late = tooLate.poll(5, TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class, late);
        assertTrue(late.getMessage().contains("timeout"), late.getMessage());
    }

    @Test
    void aLineBreakInAHeaderIsRefusedAndTheDefaultGoesOut() throws Exception {
        seen.clear();
        try (RawSip peer = UnhandledRequestTest.peer(TransportType.UDP)) {
            peer.send(peer.request("FOO", "X-Hook: crlf"));
            RawSip.Response r = peer.receive(ANSWER);
            assertEquals(405, r.code(), r.toString());
            assertTrue(r.values("X-Evil").isEmpty() && r.values("X-Bad").isEmpty(), r.toString());
        }
        Throwable refused = nextSeen().refused();
        assertInstanceOf(IllegalArgumentException.class, refused);
        assertTrue(refused.getMessage().contains("X-Bad") && refused.getMessage().contains("CR"), refused.getMessage());
    }

    @Test
    void aSecondAnswerIsRefused() throws Exception {
        seen.clear();
        try (RawSip peer = UnhandledRequestTest.peer(TransportType.UDP)) {
            peer.send(peer.request("FOO", "X-Hook: twice"));
            assertEquals(202, peer.receive(ANSWER).code());
            assertNull(peer.receive(Duration.ofMillis(300)), "one answer");
        }
        assertInstanceOf(IllegalStateException.class, nextSeen().refused());
    }

    @Test
    void retransmissionsAreAbsorbedByTheTransaction() throws Exception {
        seen.clear();
        try (RawSip peer = UnhandledRequestTest.peer(TransportType.UDP)) {
            String foo = peer.request("FOO", "X-Hook: late");
            peer.send(foo);
            Thread.sleep(100);
            peer.send(foo);
            peer.send(foo);
            assertEquals(204, peer.receive(ANSWER).code());
            // After the answer, the transaction answers a retransmission again, still without the handler.
            peer.send(foo);
            assertEquals(204, peer.receive(ANSWER).code());
        }
        nextSeen();
        assertNull(seen.poll(300, TimeUnit.MILLISECONDS), "the handler saw the request more than once");
    }

    @Test
    void whatPjsuaHandlesNeverReachesTheHandler() throws Exception {
        seen.clear();
        UnhandledRequestTest.assertPjsuaAnswers(TransportType.UDP, "X-Hook: never");
        assertNull(seen.poll(300, TimeUnit.MILLISECONDS), "the handler saw a request pjsua handles");
    }

    @Test
    void closingAnswersTheRequestsStillWaiting() throws Exception {
        ep.close();
        CompletableFuture<IncomingRequest> waiting = new CompletableFuture<>();
        // A timeout far beyond the test: only the close can answer.
        try (Endpoint slow = endpointWith(Duration.ofSeconds(30), (request, responder) -> waiting.complete(request));
                RawSip peer = RawSip.to(false, slow.transports().get(0).port())) {
            peer.send(peer.request("FOO"));
            waiting.get(5, TimeUnit.SECONDS);
            slow.close();
            RawSip.Response r = peer.receive(ANSWER);
            assertNotNull(r, "no answer after close");
            assertEquals(405, r.code(), r.toString());
            assertFalse(slow.isOpen());
        }
    }

    private static RawSip.Response ask(String method, String... extra) throws IOException {
        try (RawSip peer = UnhandledRequestTest.peer(TransportType.UDP)) {
            peer.send(peer.request(method, extra));
            RawSip.Response r = peer.receive(ANSWER);
            assertNotNull(r, "no answer to " + method);
            return r;
        }
    }
}
