package org.pjsua4j.internal;

import java.util.ArrayList;
import java.util.List;

/** Reads headers out of a received SIP message's text (as pj4j_rdata_text gives it). */
final class SipText {
    private SipText() {
    }

    /** @return the values of every {@code name} header, in order; folded lines are joined */
    static List<String> headers(String message, String name) {
        List<String> values = new ArrayList<>();
        String[] lines = message.split("\r\n|\n", -1);
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).strip().equalsIgnoreCase(name)) {
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

    /** @return the status code of a response, or 0 for a request */
    static int statusCode(String message) {
        if (!message.startsWith("SIP/2.0 ") || message.length() < 11) {
            return 0;
        }
        try {
            return Integer.parseInt(message.substring(8, 11));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return the peer's software: User-Agent, or Server (which responses may carry instead), or "" */
    static String userAgent(String message) {
        List<String> ua = headers(message, "User-Agent");
        if (ua.isEmpty()) {
            ua = headers(message, "Server");
        }
        return ua.isEmpty() ? "" : ua.get(0);
    }
}
