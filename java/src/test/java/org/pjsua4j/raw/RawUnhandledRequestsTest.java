package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pjsua4j.peers.RawSip;

/**
 * The raw side of requests nobody handles: a pjsua started the C way answers them too, the hold
 * keeps one for the listener, and the answer functions refuse what is not theirs to send.
 */
class RawUnhandledRequestsTest extends RawPjsua {
    private static final Duration ANSWER = Duration.ofSeconds(5);

    @AfterEach
    void noListener() {
        UnhandledRequests.install(null);
    }

    @Test
    void aRawPjsuaAnswersByDefault() throws Exception {
        try (RawSip peer = RawSip.to(false, port(udp))) {
            peer.send(peer.request("FOO"));
            assertEquals(405, peer.receive(ANSWER).code());
        }
    }

    @Test
    void aHeldRequestWaitsForItsAnswerAndIsAnsweredOnce() throws Exception {
        CompletableFuture<Long> held = new CompletableFuture<>();
        UnhandledRequests.install((id, method, uri, headers, type, body) -> held.complete(id));
        pj4j_unhandled_hold(PJ4J_UNHANDLED_MAX_HOLD_MS);
        try (RawSip peer = RawSip.to(true, port(tcp))) {
            peer.send(peer.request("FOO"));
            long id = held.get(5, TimeUnit.SECONDS);
            assertEquals(1, pj4j_unhandled_held_count());
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> UnhandledRequests.answer(id, 200, "OK\r\nX-Evil: 1", List.of(), null, null));
            assertTrue(refused.getMessage().contains("answer reason"), refused.getMessage());
            RawSip.Response r = peer.receive(ANSWER);
            assertNotNull(r, "the default answer did not go out");
            assertEquals(405, r.code());
            assertEquals(0, pj4j_unhandled_held_count());
            assertThrows(IllegalStateException.class, () -> UnhandledRequests.answerDefault(id));
            assertThrows(IllegalStateException.class,
                    () -> UnhandledRequests.answer(id, 200, null, List.of(Map.entry("X-A", "b")), null, null));
        }
    }

    @Test
    void aListenerThatDeclinesOrThrowsLeavesTheDefaultNow() throws Exception {
        UnhandledRequests.install((id, method, uri, headers, type, body) -> {
            if (method.equals("FOO")) {
                return false;
            }
            throw new IllegalStateException("a listener that throws");
        });
        pj4j_unhandled_hold(PJ4J_UNHANDLED_MAX_HOLD_MS);
        try (RawSip peer = RawSip.to(false, port(udp))) {
            peer.send(peer.request("FOO"));
            assertEquals(405, peer.receive(ANSWER).code());
            peer.send(peer.request("BYE"));
            assertEquals(481, peer.receive(ANSWER).code());
        }
        assertEquals(0, pj4j_unhandled_held_count());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void destroyAnswersWhatStillWaits(boolean ours) throws Exception {
        CompletableFuture<Long> held = new CompletableFuture<>();
        UnhandledRequests.install((id, method, uri, headers, type, body) -> held.complete(id));
        pj4j_unhandled_hold(PJ4J_UNHANDLED_MAX_HOLD_MS);
        try (RawSip peer = RawSip.to(false, port(udp))) {
            peer.send(peer.request("FOO"));
            held.get(5, TimeUnit.SECONDS);
            // pjsua_destroy itself: pjsip stops our module before the transaction layer.
            if (ours) {
                destroy();
            } else {
                pjsua_destroy();
            }
            RawSip.Response r = peer.receive(ANSWER);
            assertNotNull(r, "no answer after pj4j_destroy");
            assertEquals(405, r.code());
            String refused = assertThrows(IllegalStateException.class, () -> pj4j_unhandled_hold(0)).getMessage();
            assertTrue(refused.startsWith("pj4j_unhandled_hold: "), refused);
            assertThrows(IllegalStateException.class, () -> UnhandledRequests.answerDefault(1));
        }
        init();
    }

    @Test
    void theHoldIsBounded() {
        assertEquals(PJ_EINVAL, assertThrows(PjsipException.class,
                () -> pj4j_unhandled_hold(PJ4J_UNHANDLED_MAX_HOLD_MS + 1)).status());
        assertThrows(IllegalStateException.class, () -> UnhandledRequests.answerDefault(Long.MAX_VALUE));
    }
}
