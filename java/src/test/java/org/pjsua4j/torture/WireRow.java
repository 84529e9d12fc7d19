package org.pjsua4j.torture;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * One row of the wire check: a text parameter of the public API that ends up in a SIP message, how to
 * set it, and how to make it reach the capturing peer.
 *
 * @param parameter the parameter as the API names it, e.g. {@code EndpointConfig.Builder.userAgent}
 * @param named what a refusal's message must name, or null where the refusal is a raw status
 *        ({@link org.pjsua4j.raw.PjsipException})
 * @param kind which characters it may hold
 * @param value the value from a marker (unique to the row) and an injection ("" for the control)
 * @param attempt sets the value (where the API should refuse a bad one) and returns the action that
 *        sends it
 * @param seen whether a capture shows the control value (made with the marker) arrived; null for
 *        "some message contains the marker"
 */
record WireRow(String parameter, String named, Kind kind, Value value, Attempt attempt,
        BiPredicate<List<SipBytes>, String> seen) {
    /** Which of the injections a parameter must refuse. */
    enum Kind {
        /** one line: CR, LF and NUL refused */
        LINE,
        /** a text body: line breaks allowed (they stay in the body), NUL refused */
        TEXT_BODY
    }

    /** Builds the value from the row's marker and an injection. */
    interface Value {
        String of(String marker, String injection);
    }

    /** Sets the value and returns how to send it. */
    interface Attempt {
        Trigger set(WireFixture f, String value) throws Exception;
    }

    /** Makes the value reach the peer. */
    interface Trigger {
        void send() throws Exception;
    }

    WireRow(String parameter, String named, Kind kind, Value value, Attempt attempt) {
        this(parameter, named, kind, value, attempt, null);
    }

    /** @return a token unique to the row, which its control value carries */
    String marker() {
        return "wc" + Integer.toUnsignedString(parameter.hashCode(), 36);
    }

    /** @return whether the capture shows the control value arrived */
    boolean seenIn(List<SipBytes> capture) {
        return seen != null ? seen.test(capture, marker())
                : capture.stream().anyMatch(m -> m.text().contains(marker()));
    }
}
