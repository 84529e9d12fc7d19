package org.pjsua4j;

import java.time.Duration;

/**
 * A DTMF digit received on a call.
 *
 * @param digit the digit: 0-9, *, #, A-D
 * @param method how it arrived
 * @param duration how long the tone lasted, when the method reports it
 */
public record DtmfEvent(char digit, DtmfMethod method, Duration duration) {
}
