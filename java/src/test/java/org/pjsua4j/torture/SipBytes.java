package org.pjsua4j.torture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SIP message as bytes, read without a SIP stack: its start line and header values, for matching
 * responses to requests and for checking what reached the wire. Header lines are split at CRLF only,
 * so a lone CR or LF stays inside the line it broke.
 */
record SipBytes(byte[] bytes) {
    private static final Map<String, String> COMPACT = Map.of("i", "call-id", "f", "from", "t", "to", "v", "via",
            "m", "contact", "l", "content-length", "c", "content-type");

    /** @return the text, one byte per char (ISO-8859-1), so any byte survives */
    String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** @return everything before the first empty line (the whole message if there is none) */
    String head() {
        return text().substring(0, headLength());
    }

    /** @return what follows the empty line, or "" */
    String body() {
        return text().substring(Math.min(bytes.length, headLength() + 4));
    }

    private int headLength() {
        int end = text().indexOf("\r\n\r\n");
        return end < 0 ? bytes.length : end;
    }

    String startLine() {
        String h = head();
        int eol = h.indexOf("\r\n");
        return eol < 0 ? h : h.substring(0, eol);
    }

    /** @return the status code of a response, or -1 for a request */
    int status() {
        String line = startLine();
        if (!line.startsWith("SIP/2.0 ") || line.length() < 11) {
            return -1;
        }
        try {
            return Integer.parseInt(line.substring(8, 11));
        } catch (NumberFormatException notAResponse) {
            return -1;
        }
    }

    /** @return the first value of a header (full or compact name, any case), trimmed, or null */
    String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** @return every value of a header (full or compact name, any case), trimmed, in order */
    List<String> headers(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String[] lines = head().split("\r\n");
        List<String> values = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String n = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (COMPACT.getOrDefault(n, n).equals(wanted)) {
                values.add(lines[i].substring(colon + 1).trim());
            }
        }
        return values;
    }

    /** @return the CSeq value with its whitespace runs made single spaces, or null */
    String cseq() {
        String v = header("cseq");
        return v == null ? null : v.replaceAll("\\s+", " ");
    }

    /** @return the method of a CSeq value (its last word), or "" */
    String cseqMethod() {
        String v = cseq();
        return v == null ? "" : v.substring(v.lastIndexOf(' ') + 1);
    }

    /**
     * Reads one message from a stream (TCP): the head up to the empty line, then Content-Length bytes.
     * Leading CRLFs (keep-alives) are skipped.
     *
     * @return the message, or null at the end of the stream
     */
    static SipBytes read(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (buf.size() == 0 && (b == '\r' || b == '\n')) {
                continue;
            }
            buf.write(b);
            byte[] sofar = buf.toByteArray();
            int n = sofar.length;
            if (n >= 4 && sofar[n - 4] == '\r' && sofar[n - 3] == '\n' && sofar[n - 2] == '\r' && sofar[n - 1] == '\n') {
                String length = new SipBytes(sofar).header("content-length");
                int body = length == null ? 0 : Integer.parseInt(length);
                buf.write(in.readNBytes(body));
                return new SipBytes(buf.toByteArray());
            }
        }
        return null;
    }
}
