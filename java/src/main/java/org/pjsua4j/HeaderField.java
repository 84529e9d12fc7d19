package org.pjsua4j;

import java.util.Objects;

/**
 * One header line of a message: as received (every header, including Via, From and To), or to add to
 * an answer through {@link SipResponder}, which checks it before it goes on the wire. Requests take
 * {@link SipHeader}, which refuses the headers pjsip writes into requests itself.
 *
 * @param name the header name, e.g. {@code X-Case-Id}
 * @param value the value
 */
public record HeaderField(String name, String value) {
    /** @throws NullPointerException if name or value is null */
    public HeaderField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
