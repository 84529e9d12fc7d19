package org.pjsua4j;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A header to add to a request, e.g. {@code X-Case-Id: 42}.
 *
 * @param name the header name, a SIP token
 * @param value the value, on one line
 */
public record SipHeader(String name, String value) {
    /** Headers pjsip writes itself; a second copy would make the request invalid. */
    private static final Set<String> MANAGED = Set.of("via", "v", "from", "f", "to", "t", "call-id", "i", "cseq",
            "contact", "m", "content-length", "l", "content-type", "c", "max-forwards", "route", "record-route");

    /**
     * @throws IllegalArgumentException if name is not a SIP token or is one pjsip manages itself
     *         (Via, From, To, Call-ID, CSeq, Contact, Content-Length, Content-Type, Max-Forwards,
     *         Route, Record-Route), or value contains a line break or NUL
     */
    public SipHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!name.matches("[A-Za-z0-9.!%*_+`'~-]+")) {
            throw new IllegalArgumentException("SIP header name must be a token, not '" + name + "'");
        }
        if (MANAGED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("SIP header " + name + " is written by pjsip itself");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("SIP header " + name + ": value must be one line without NUL");
        }
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
