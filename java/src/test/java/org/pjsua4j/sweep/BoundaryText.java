package org.pjsua4j.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The boundary strings every String parameter gets: empty, long (1 KB, 64 KB, 1 MB), a line break or
 * NUL inside, a header injected after a URI, and invalid UTF-16 (lone surrogates). null is added by
 * the generators. Which of them a parameter must refuse depends on what the text becomes (see
 * {@link #mustRefuse}).
 */
final class BoundaryText {
    static final String KB1 = "a".repeat(1024);
    static final String KB64 = "a".repeat(64 * 1024);
    static final String MB1 = "a".repeat(1024 * 1024);

    /** What kind of text a parameter is, by what the gate allows in it. */
    enum Kind {
        /** Not written into a SIP message (a lookup key, a file name, a pool name). */
        NOT_WIRE,
        /** A URI: one line, at most 256 bytes. */
        URI,
        /** A one-line value: at most 1024 bytes. */
        LINE,
        /** A message body: line breaks allowed, no NUL, at most 2048 bytes. */
        BODY
    }

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("\"\"", ""),
            Map.entry("1KB", KB1),
            Map.entry("64KB", KB64),
            Map.entry("1MB", MB1),
            Map.entry("CR", "a\rb"),
            Map.entry("LF", "a\nb"),
            Map.entry("NUL", "a\0b"),
            Map.entry("uri+CRLF-header", "sip:sweep@127.0.0.1\r\nX-Evil: 1"),
            Map.entry("uri+trailing-CRLF", "sip:sweep@127.0.0.1\r\n"),
            Map.entry("lone-high-surrogate", "sip:\uD800@127.0.0.1"),
            Map.entry("lone-low-surrogate", "\uDC00x"));

    private BoundaryText() {
    }

    static List<Arg> all() {
        List<Arg> args = new ArrayList<>();
        VALUES.keySet().stream().sorted().forEach(label -> args.add(Arg.of(label, VALUES.get(label))));
        return args;
    }

    static boolean isBoundary(String label) {
        return VALUES.containsKey(label);
    }

    /** Whether text of this label must be refused by a parameter of this kind. */
    static boolean mustRefuse(String label, Kind kind) {
        String value = VALUES.get(label);
        if (value == null || kind == Kind.NOT_WIRE) {
            return false;
        }
        int bytes = value.length();
        boolean lineBreak = value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        boolean nul = value.indexOf('\0') >= 0;
        switch (kind) {
            case URI:
                return lineBreak || nul || bytes > 256;
            case LINE:
                return lineBreak || nul || bytes > 1024;
            default:
                return nul || bytes > 2048;
        }
    }
}
