package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** EndpointConfig.Builder: its defaults, and every argument it refuses. */
class EndpointConfigBuilderTest {
    private final EndpointConfig.Builder b = EndpointConfig.builder();

    @Test
    void defaults() {
        EndpointConfig c = b.transport(TransportType.UDP, "127.0.0.1", 5060).build();
        assertEquals("pjsua4j", c.userAgent());
        assertEquals(32, c.maxCalls());
        assertTrue(c.autoConnectAudio());
        assertFalse(c.vad());
        assertSame(EndpointConfig.SipTimers.DEFAULT, c.sipTimers());
        assertEquals(Duration.ofSeconds(5), c.noAudioTimeout());
        assertTrue(c.unhandledRequestHandler().isEmpty());
        assertEquals(Duration.ofSeconds(30), c.mediaTimeout());
    }

    @Test
    void unhandledRequestsWaitFromAMillisecondToThirtySeconds() {
        b.transport(TransportType.UDP, "127.0.0.1", 0);
        UnhandledRequestHandler handler = (request, responder) -> responder.answerDefault();
        EndpointConfig c = b.unhandledRequests(handler, Duration.ofSeconds(30)).build();
        assertSame(handler, c.unhandledRequestHandler().orElseThrow());
        assertEquals(Duration.ofSeconds(30), c.unhandledRequestTimeout());
        assertEquals(Duration.ofMillis(1), b.unhandledRequests(handler, Duration.ofMillis(1)).build().unhandledRequestTimeout());
        assertRefused("unhandled-request timeout", () -> b.unhandledRequests(handler, Duration.ofSeconds(30).plusNanos(1)));
        assertRefused("unhandled-request timeout", () -> b.unhandledRequests(handler, Duration.ofNanos(999_999)));
        assertRefused("unhandled-request timeout", () -> b.unhandledRequests(handler, Duration.ofSeconds(-1)));
        assertEquals("timeout", assertThrows(NullPointerException.class, () -> b.unhandledRequests(handler, null)).getMessage());
        assertTrue(b.unhandledRequests(null, Duration.ofSeconds(1)).build().unhandledRequestHandler().isEmpty());
    }

    @Test
    void aConfigNeedsATransport() {
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("transport"), e.getMessage());
    }

    @Test
    void transportsAreKeptInOrderAndTheBuiltConfigDoesNotChangeWithTheBuilder() {
        b.transport(TransportType.UDP, "127.0.0.1", 0).transport(TransportType.TCP, "::1", 5070);
        EndpointConfig c = b.build();
        b.transport(TransportType.UDP, "127.0.0.2", 5080);

        assertEquals(List.of(new EndpointConfig.TransportSpec(TransportType.UDP, "127.0.0.1", 0),
                new EndpointConfig.TransportSpec(TransportType.TCP, "::1", 5070)), c.transports());
        assertEquals(3, b.build().transports().size());
        assertThrows(UnsupportedOperationException.class,
                () -> c.transports().add(new EndpointConfig.TransportSpec(TransportType.UDP, "127.0.0.3", 1)));
    }

    @Test
    void transportHostMustBeAnIpLiteral() {
        assertDoesNotThrow(() -> b.transport(TransportType.UDP, "127.0.0.1", 0));
        assertDoesNotThrow(() -> b.transport(TransportType.UDP, "0.0.0.0", 0));
        assertDoesNotThrow(() -> b.transport(TransportType.TCP, "::1", 0));
        assertDoesNotThrow(() -> b.transport(TransportType.TCP, "fe80::1", 0));
        for (String host : new String[] {"localhost", "example.org", "", " 127.0.0.1", "127.0.0.1 "}) {
            assertRefused("literal IP", () -> b.transport(TransportType.UDP, host, 5060));
        }
    }

    @Test
    void transportPortIsZeroTo65535() {
        assertDoesNotThrow(() -> b.transport(TransportType.UDP, "127.0.0.1", 0));
        assertDoesNotThrow(() -> b.transport(TransportType.UDP, "127.0.0.1", 65535));
        assertRefused("0..65535", () -> b.transport(TransportType.UDP, "127.0.0.1", -1));
        assertRefused("0..65535", () -> b.transport(TransportType.UDP, "127.0.0.1", 65536));
    }

    @Test
    void transportNullsAreNamed() {
        assertEquals("type", assertThrows(NullPointerException.class,
                () -> b.transport(null, "127.0.0.1", 0)).getMessage());
        assertEquals("host", assertThrows(NullPointerException.class,
                () -> b.transport(TransportType.UDP, null, 0)).getMessage());
    }

    @Test
    void maxCallsIsOneTo512() {
        b.transport(TransportType.UDP, "127.0.0.1", 0);
        assertEquals(1, b.maxCalls(1).build().maxCalls());
        assertEquals(512, b.maxCalls(512).build().maxCalls());
        assertRefused("1..512", () -> b.maxCalls(0));
        assertRefused("1..512", () -> b.maxCalls(-1));
        assertRefused("1..512", () -> b.maxCalls(513));
        assertEquals(512, b.build().maxCalls(), "a refused value leaves the last good one");
    }

    @Test
    void noAudioTimeoutIsZeroOr200MillisecondsToADay() {
        b.transport(TransportType.UDP, "127.0.0.1", 0);
        assertEquals(Duration.ZERO, b.noAudioTimeout(Duration.ZERO).build().noAudioTimeout());
        assertEquals(Duration.ofMillis(200), b.noAudioTimeout(Duration.ofMillis(200)).build().noAudioTimeout());
        assertRefused("noAudioTimeout", () -> b.noAudioTimeout(Duration.ofMillis(199)));
        assertRefused("noAudioTimeout", () -> b.noAudioTimeout(Duration.ofMillis(200).minusNanos(1)));
        assertRefused("noAudioTimeout", () -> b.noAudioTimeout(Duration.ofNanos(1)));
        assertRefused("noAudioTimeout", () -> b.noAudioTimeout(Duration.ofSeconds(-5)));
        assertEquals(Duration.ofDays(1), b.noAudioTimeout(Duration.ofDays(1)).build().noAudioTimeout());
        assertRefused("noAudioTimeout", () -> b.noAudioTimeout(Duration.ofDays(1).plusNanos(1)));
        assertRefused("noAudioTimeout", () -> b.noAudioTimeout(Duration.ofSeconds(Long.MAX_VALUE)));
        assertEquals("timeout", assertThrows(NullPointerException.class, () -> b.noAudioTimeout(null)).getMessage());
    }

    @Test
    void mediaTimeoutIsZeroOrOneSecondToADay() {
        b.transport(TransportType.UDP, "127.0.0.1", 0);
        assertEquals(Duration.ZERO, b.mediaTimeout(Duration.ZERO).build().mediaTimeout());
        assertEquals(Duration.ofSeconds(1), b.mediaTimeout(Duration.ofSeconds(1)).build().mediaTimeout());
        assertEquals(Duration.ofDays(1), b.mediaTimeout(Duration.ofDays(1)).build().mediaTimeout());
        assertRefused("mediaTimeout", () -> b.mediaTimeout(Duration.ofMillis(999)));
        assertRefused("mediaTimeout", () -> b.mediaTimeout(Duration.ofNanos(1)));
        assertRefused("mediaTimeout", () -> b.mediaTimeout(Duration.ofSeconds(-30)));
        assertRefused("mediaTimeout", () -> b.mediaTimeout(Duration.ofDays(1).plusMillis(1)));
        assertRefused("mediaTimeout", () -> b.mediaTimeout(Duration.ofSeconds(Long.MAX_VALUE)));
        assertEquals("mediaTimeout", assertThrows(NullPointerException.class, () -> b.mediaTimeout(null)).getMessage());
    }

    @Test
    void otherSettingsAreKept() {
        EndpointConfig.SipTimers fast = new EndpointConfig.SipTimers(Duration.ofMillis(50), Duration.ofMillis(200),
                Duration.ofSeconds(1));
        EndpointConfig c = b.transport(TransportType.UDP, "127.0.0.1", 0).userAgent("tester/1.0")
                .autoConnectAudio(false).vad(true).sipTimers(fast).build();
        assertEquals("tester/1.0", c.userAgent());
        assertFalse(c.autoConnectAudio());
        assertTrue(c.vad());
        assertSame(fast, c.sipTimers());
        assertEquals("userAgent", assertThrows(NullPointerException.class, () -> b.userAgent(null)).getMessage());
        assertEquals("timers", assertThrows(NullPointerException.class, () -> b.sipTimers(null)).getMessage());
    }

    private static void assertRefused(String naming, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(naming), e.getMessage());
    }

    @Test
    void aTransportHostMustBeAnIpLiteral() {
        EndpointConfig.Builder b = EndpointConfig.builder();
        for (String bad : new String[] {"example.org:5060", "999.1", "localhost", "1.2.3.4:5060", "[::1]"}) {
            assertThrows(IllegalArgumentException.class, () -> b.transport(TransportType.UDP, bad, 0), bad);
        }
        b.transport(TransportType.UDP, "::1", 0).transport(TransportType.TCP, "127.0.0.1", 0);
    }
}
