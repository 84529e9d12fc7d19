package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CallInfo.ringing() and earlyMedia(), from records built by hand. */
class CallInfoStateTest {

    private static CallInfo info(CallState state, int lastStatusCode, MediaStatus media) {
        return new CallInfo(0, 0, state, state.name(), lastStatusCode, "", true, "sip:alice@127.0.0.1",
                "<sip:alice@127.0.0.1:5060>", "sip:bob@127.0.0.1", "", "call-id", media, HoldState.NONE,
                Duration.ZERO, Duration.ofSeconds(1), Instant.EPOCH, "", Optional.empty(), Optional.empty(),
                Optional.empty(), SignallingSecurity.NONE);
    }

    @Test
    void ringingIsAnEarly180To182() {
        assertTrue(info(CallState.EARLY, 180, MediaStatus.NONE).ringing());
        assertTrue(info(CallState.EARLY, 181, MediaStatus.NONE).ringing());
        assertTrue(info(CallState.EARLY, 182, MediaStatus.NONE).ringing());
        assertTrue(info(CallState.EARLY, 180, MediaStatus.ACTIVE).ringing(), "ringback media does not matter");
    }

    @Test
    void otherProvisionalsAndStatesAreNotRinging() {
        assertFalse(info(CallState.EARLY, 183, MediaStatus.ACTIVE).ringing(), "session progress");
        assertFalse(info(CallState.EARLY, 179, MediaStatus.NONE).ringing());
        assertFalse(info(CallState.EARLY, 100, MediaStatus.NONE).ringing());
        assertFalse(info(CallState.CALLING, 180, MediaStatus.NONE).ringing());
        assertFalse(info(CallState.CONFIRMED, 180, MediaStatus.NONE).ringing());
        assertFalse(info(CallState.CONNECTING, 200, MediaStatus.NONE).ringing());
    }

    @Test
    void earlyMediaIsActiveAudioBeforeTheAnswer() {
        assertTrue(info(CallState.EARLY, 183, MediaStatus.ACTIVE).earlyMedia());
        assertTrue(info(CallState.EARLY, 180, MediaStatus.ACTIVE).earlyMedia());
    }

    @Test
    void noEarlyMediaWithoutActiveAudioOrAfterTheAnswer() {
        assertFalse(info(CallState.EARLY, 183, MediaStatus.NONE).earlyMedia());
        assertFalse(info(CallState.EARLY, 183, MediaStatus.ERROR).earlyMedia());
        assertFalse(info(CallState.EARLY, 183, MediaStatus.REMOTE_HOLD).earlyMedia());
        assertFalse(info(CallState.CONFIRMED, 200, MediaStatus.ACTIVE).earlyMedia());
        assertFalse(info(CallState.CONNECTING, 200, MediaStatus.ACTIVE).earlyMedia());
        assertFalse(info(CallState.INCOMING, 0, MediaStatus.ACTIVE).earlyMedia());
    }
}
