package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** SessionTimers: whole seconds, Min-SE at least 90 s, Session-Expires between Min-SE and a day. */
class SessionTimersTest {
    private static final Duration S90 = Duration.ofSeconds(90);

    private static SessionTimers timers(Duration se, Duration minSe) {
        return new SessionTimers(SessionTimerMode.OPTIONAL, se, minSe);
    }

    private static void assertRefused(String naming, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(naming), e.getMessage());
    }

    @Test
    void theDefaultIsPjsuas() {
        assertEquals(new SessionTimers(SessionTimerMode.OPTIONAL, Duration.ofSeconds(1800), S90), SessionTimers.DEFAULT);
        assertEquals(new SessionTimers(SessionTimerMode.OFF, Duration.ofSeconds(1800), S90),
                SessionTimers.of(SessionTimerMode.OFF));
    }

    @Test
    void minSeIsAtLeastNinetySeconds() {
        assertDoesNotThrow(() -> timers(S90, S90));
        assertRefused("minSe must be at least 90 s", () -> timers(S90, Duration.ofSeconds(89)));
        assertRefused("minSe must be at least 90 s", () -> timers(S90, Duration.ZERO));
        assertRefused("minSe must be at least 90 s", () -> timers(S90, Duration.ofSeconds(-90)));
    }

    @Test
    void sessionExpiresIsNotBelowMinSe() {
        assertDoesNotThrow(() -> timers(Duration.ofSeconds(120), Duration.ofSeconds(120)));
        assertRefused("sessionExpires (PT1M59S) must not be below minSe (PT2M)",
                () -> timers(Duration.ofSeconds(119), Duration.ofSeconds(120)));
        assertRefused("sessionExpires", () -> timers(Duration.ofSeconds(-1), S90));
    }

    @Test
    void sessionExpiresIsAtMostADay() {
        assertDoesNotThrow(() -> timers(Duration.ofDays(1), S90));
        assertRefused("at most a day", () -> timers(Duration.ofDays(1).plusSeconds(1), S90));
        assertRefused("at most a day", () -> timers(Duration.ofSeconds(Long.MAX_VALUE), S90));
    }

    @Test
    void intervalsAreWholeSeconds() {
        assertRefused("sessionExpires must be whole seconds", () -> timers(Duration.ofMillis(90_500), S90));
        assertRefused("minSe must be whole seconds", () -> timers(Duration.ofSeconds(100), Duration.ofMillis(90_001)));
    }

    @Test
    void missingArgumentsAreNamed() {
        assertEquals("mode", assertThrows(NullPointerException.class,
                () -> new SessionTimers(null, S90, S90)).getMessage());
        assertEquals("sessionExpires", assertThrows(NullPointerException.class, () -> timers(null, S90)).getMessage());
        assertEquals("minSe", assertThrows(NullPointerException.class, () -> timers(S90, null)).getMessage());
        assertEquals("mode", assertThrows(NullPointerException.class, () -> SessionTimers.of(null)).getMessage());
    }
}
