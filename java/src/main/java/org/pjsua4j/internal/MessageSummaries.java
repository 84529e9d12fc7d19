package org.pjsua4j.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pjsua4j.MessageSummary;

/** Reads a {@code simple-message-summary} body (RFC 3842, section 5.2); what it cannot read counts as absent. */
final class MessageSummaries {
    /** {@code new/old} and optionally {@code (urgent-new/urgent-old)}. */
    private static final Pattern COUNTS = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})"
            + "(?:\\s*\\(\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*\\))?.*");

    private MessageSummaries() {
    }

    static MessageSummary parse(String body, boolean solicited) {
        boolean waiting = false;
        String account = "";
        int[] voice = new int[4];
        for (String line : body.split("\r\n|\n|\r")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "messages-waiting" -> waiting = value.equalsIgnoreCase("yes");
                case "message-account" -> account = value;
                case "voice-message" -> voice = counts(value);
                default -> {
                    // other message classes (fax, pager, ...) and extension headers
                }
            }
        }
        return new MessageSummary(waiting, account, voice[0], voice[1], voice[2], voice[3], solicited, body);
    }

    private static int[] counts(String value) {
        int[] n = new int[4];
        Matcher m = COUNTS.matcher(value);
        if (m.matches()) {
            for (int i = 0; i < n.length; i++) {
                String group = m.group(i + 1);
                n[i] = group == null ? 0 : Integer.parseInt(group);
            }
        }
        return n;
    }
}
