package org.pjsua4j.raw;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one gate for text the application passes that pjsip writes into a SIP message: URIs, header
 * names and values, reason phrases, the User-Agent, credentials, Contact parameters, message bodies.
 * The facade checks its parameters here, and the raw layer's wrappers check theirs (swig/wiretext.i)
 * before anything is copied to native memory.
 * Each kind has a length limit in UTF-8 bytes, because pjsip builds messages in fixed buffers
 * (PJSIP_MAX_PKT_LEN) and parses URIs in a 1 KB pool that cannot grow: longer input exhausts it, and
 * pjlib's out-of-memory throw has no handler and crashes the process. Nothing but a body may hold
 * CR or LF (a second header line on the wire), and nothing may hold NUL. A refusal is an
 * {@link IllegalArgumentException} that names the parameter and what is wrong with it.
 */
public final class WireText {
    /** The longest URI, as pjsip sizes its URI buffers (PJSIP_MAX_URL_SIZE). */
    public static final int MAX_URI = 256;
    /** The longest token: a header name or method (PJSIP_MAX_HNAME_LEN). */
    public static final int MAX_TOKEN = 64;
    /** The longest one-line value: a header value, reason phrase, user agent, credential, parameters. */
    public static final int MAX_LINE = 1024;
    /** The longest message body; with the headers it must fit pjsip's 4000-byte message buffer. */
    public static final int MAX_BODY = 2048;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.!%*_+`'~-]+");

    private WireText() {
    }

    /**
     * @param what the parameter's name, for the message
     * @param uri a URI, or null
     * @return uri
     * @throws IllegalArgumentException if it is not null and not a {@link #uri} either
     */
    public static String optionalUri(String what, String uri) {
        return uri == null ? null : uri(what, uri);
    }

    /**
     * @param what the parameter's name, for the message
     * @param line a one-line value, or null
     * @return line
     * @throws IllegalArgumentException if it is not null and not a {@link #line} either
     */
    public static String optionalLine(String what, String line) {
        return line == null ? null : line(what, line);
    }

    /**
     * @param what the parameter's name, for the message
     * @param token a token such as a header name, or null
     * @return token
     * @throws IllegalArgumentException if it is not null and not a {@link #token} either
     */
    public static String optionalToken(String what, String token) {
        return token == null ? null : token(what, token);
    }

    /**
     * @param what the parameter's name, for the message
     * @param uri a URI
     * @return uri
     * @throws IllegalArgumentException if it is empty, longer than {@link #MAX_URI} bytes, or not one line
     */
    public static String uri(String what, String uri) {
        Objects.requireNonNull(uri, what);
        if (uri.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return checked(what, uri, MAX_URI, false);
    }

    /**
     * @param what the parameter's name, for the message
     * @param token a SIP token (RFC 3261 25.1), e.g. a header name or method
     * @return token
     * @throws IllegalArgumentException if it is empty, too long or holds a character a token may not
     */
    public static String token(String what, String token) {
        Objects.requireNonNull(token, what);
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException(what + " must be a SIP token (letters, digits, .!%*_+`'~-), not '"
                    + token.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0") + "'");
        }
        return checked(what, token, MAX_TOKEN, false);
    }

    /**
     * @param what the parameter's name, for the message
     * @param line a one-line value, may be empty
     * @return line
     * @throws IllegalArgumentException if it is longer than {@link #MAX_LINE} bytes or holds CR, LF or NUL
     */
    public static String line(String what, String line) {
        Objects.requireNonNull(line, what);
        return checked(what, line, MAX_LINE, false);
    }

    /**
     * @param what the parameter's name, for the message
     * @param body a message body, or null
     * @return body
     * @throws IllegalArgumentException if it is not null and not a {@link #body} either
     */
    public static String optionalBody(String what, String body) {
        return body == null ? null : body(what, body);
    }

    /**
     * @param what the parameter's name, for the message
     * @param body a message body; line breaks are allowed
     * @return body
     * @throws IllegalArgumentException if it is longer than {@link #MAX_BODY} bytes or holds NUL
     */
    public static String body(String what, String body) {
        Objects.requireNonNull(body, what);
        return checked(what, body, MAX_BODY, true);
    }

    private static String checked(String what, String text, int maxBytes, boolean lineBreaks) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || !lineBreaks && (c == '\r' || c == '\n')) {
                throw new IllegalArgumentException(what + " must not contain " + (c == '\0' ? "NUL" : c == '\r' ? "CR" : "LF")
                        + (lineBreaks ? "" : " (it must be one line)") + "; found at index " + i);
            }
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        if (bytes > maxBytes) {
            throw new IllegalArgumentException(what + " is " + bytes + " bytes long in UTF-8; at most " + maxBytes);
        }
        return text;
    }
}
