package org.pjsua4j;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.pjsua4j.raw.WireText;

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
     * @throws IllegalArgumentException if name is not a SIP token of at most 64 bytes or is one pjsip
     *         manages itself (Via, From, To, Call-ID, CSeq, Contact, Content-Length, Content-Type,
     *         Max-Forwards, Route, Record-Route), or value is not one line of at most 1024 bytes
     */
    public SipHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        WireText.token("SIP header name", name);
        if (MANAGED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("SIP header " + name + " is written by pjsip itself");
        }
        WireText.line("SIP header " + name + ": value", value);
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
