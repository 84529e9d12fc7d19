package org.pjsua4j.torture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The proof that no caller text added a header: every line of a captured message's header section is
 * one header (a token name, a colon, a value without CR, LF or NUL), none is named X-Evil, and the
 * body is as long as Content-Length says.
 */
final class HeaderLines {
    /** The header the wire check tries to inject. */
    static final String INJECTED_NAME = "X-Evil";
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9.!%*_+`'~-]+[ \\t]*:[^\\r\\n\\x00]*");

    private HeaderLines() {
    }

    /** @return what is wrong with the message's header lines; empty if nothing */
    static List<String> problems(SipBytes m) {
        List<String> problems = new ArrayList<>();
        String head = m.head();
        if (head.indexOf('\0') >= 0) {
            problems.add("NUL in the header section");
        }
        String[] lines = head.split("\r\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!HEADER.matcher(line).matches()) {
                problems.add("line " + (i + 1) + " is not one header: " + visible(line));
            } else if (line.toLowerCase(Locale.ROOT).startsWith(INJECTED_NAME.toLowerCase(Locale.ROOT))) {
                problems.add("line " + (i + 1) + " is an injected header: " + visible(line));
            }
        }
        String length = m.header("content-length");
        int body = m.body().getBytes(StandardCharsets.ISO_8859_1).length;
        if (length != null && !length.equals(String.valueOf(body))) {
            problems.add("Content-Length " + length + " but a body of " + body + " bytes");
        }
        return problems;
    }

    static String visible(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0");
    }
}
