package org.pjsua4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads headers out of a received SIP message's text (as pj4j_rdata_text gives it). */
final class SipText {
    /** Compact header forms (RFC 3261 7.3.3 and the RFCs that registered the others), by full name. */
    private static final Map<String, String> COMPACT = Map.ofEntries(Map.entry("accept-contact", "a"),
            Map.entry("referred-by", "b"), Map.entry("content-type", "c"), Map.entry("request-disposition", "d"),
            Map.entry("content-encoding", "e"), Map.entry("from", "f"), Map.entry("call-id", "i"),
            Map.entry("reject-contact", "j"), Map.entry("supported", "k"), Map.entry("content-length", "l"),
            Map.entry("contact", "m"), Map.entry("identity-info", "n"), Map.entry("event", "o"),
            Map.entry("refer-to", "r"), Map.entry("subject", "s"), Map.entry("to", "t"),
            Map.entry("allow-events", "u"), Map.entry("via", "v"), Map.entry("session-expires", "x"),
            Map.entry("identity", "y"));

    private SipText() {
    }

    /**
     * @return the values of every {@code name} header, in order, whether sent by its full or its
     *         compact name; folded lines are joined
     */
    static List<String> headers(String message, String name) {
        String full = name.toLowerCase(Locale.ROOT);
        String compact = COMPACT.get(full);
        List<String> values = new ArrayList<>();
        String[] lines = message.split("\r\n|\n", -1);
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            int colon = lines[i].indexOf(':');
            String header = colon > 0 ? lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
            if (header.equals(full) || header.equals(compact)) {
                StringBuilder value = new StringBuilder(lines[i].substring(colon + 1).strip());
                while (i + 1 < lines.length && !lines[i + 1].isEmpty()
                        && (lines[i + 1].charAt(0) == ' ' || lines[i + 1].charAt(0) == '\t')) {
                    value.append(' ').append(lines[++i].strip());
                }
                values.add(value.toString());
            }
        }
        return values;
    }
}
