package org.pjsua4j.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Requests that no module of pjsip or pjsua handled (native/include/pj4j_unhandled.h). After
 * {@code pjsua_init} every endpoint answers them: 405 Method Not Allowed with {@code Allow}, 481
 * Call/Transaction Does Not Exist for one that needs a dialog or transaction it does not have (an
 * out-of-dialog BYE, CANCEL, INFO, NOTIFY, PRACK, UPDATE, or any request with a To tag), 501 Not
 * Implemented for a method it supports only inside a dialog; an ACK is never answered. With
 * {@code pjsua.pj4j_unhandled_hold(millis)} above zero, a request waits in a server transaction
 * instead, which absorbs the peer's retransmissions, and is offered to the listener installed here;
 * each waiting request is answered exactly once, by {@link #answer}, {@link #answerDefault} or, when the
 * hold time is up, with its default.
 */
public final class UnhandledRequests {
    /** Headers pjsip writes into every answer itself; a second copy would make it invalid. */
    private static final Set<String> MANAGED = Set.of("via", "v", "from", "f", "to", "t", "call-id", "i", "cseq",
            "content-length", "l", "content-type", "c");
    /** A media type with optional parameters, as Content-Type carries it (RFC 3261 20.15). */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9.!%*_+`'~-]+/[A-Za-z0-9.!%*_+`'~-]+"
                    + "(\\s*;\\s*[A-Za-z0-9.!%*_+`'~-]+=([A-Za-z0-9.!%*_+`'~-]+|\"[^\"\\\\]*\"))*");
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");

    private static volatile UnhandledRequestListener listener;

    private UnhandledRequests() {
    }

    /**
     * Makes {@code l} receive waiting requests from now on, replacing any installed before.
     *
     * @param l the listener, or {@code null}: waiting requests then get their default answer at once
     */
    public static void install(UnhandledRequestListener l) {
        NativeLibraryLoader.load();
        listener = l;
    }

    /**
     * Answers the waiting request {@code id}. Everything that goes on the wire is checked by
     * {@link WireText} first; a refused answer sends the request's default answer instead.
     *
     * @param id the request, as {@link UnhandledRequestListener#onRequest} got it
     * @param code a final status, 200..699
     * @param reason the reason phrase, or null for pjsip's text for the code
     * @param headers headers to add (not Via, From, To, Call-ID, CSeq, Content-Length or
     *        Content-Type, which pjsip writes itself); a 405 without Allow gets the endpoint's
     * @param contentType the body's type, e.g. {@code text/plain;charset=utf-8}, or null for no body
     * @param body the body, or null; given exactly when contentType is
     * @throws IllegalArgumentException if a value would not make a valid answer (the default answer has
     *         then been sent)
     * @throws NullPointerException if headers or one of them is null (the default answer has then been sent)
     * @throws IllegalStateException if the request no longer waits: it has been answered, its hold
     *         time ran out, or pjsua is not initialised
     */
    public static void answer(long id, int code, String reason, List<Map.Entry<String, String>> headers,
            String contentType, String body) {
        NativeLibraryLoader.load();
        byte[][] names;
        byte[][] values;
        try {
            Objects.requireNonNull(headers, "headers");
            names = new byte[headers.size()][];
            values = new byte[headers.size()][];
            check(code, reason, contentType, body);
            for (int i = 0; i < names.length; i++) {
                Map.Entry<String, String> h = Objects.requireNonNull(headers.get(i), "header");
                names[i] = Utf8.encode(headerName(h.getKey()));
                values[i] = Utf8.encode(WireText.line("answer header " + h.getKey() + ": value", h.getValue()));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            try {
                answerDefault(id);
            } catch (IllegalStateException timedOut) {
                // The timeout answered meanwhile; the caller's mistake is still the news.
                e.addSuppressed(timedOut);
            }
            throw e;
        }
        int status = nativeAnswer(id, code, reason == null ? null : Utf8.encode(reason), names, values,
                contentType == null ? null : Utf8.encode(contentType), body == null ? null : Utf8.encode(body));
        if (status == pjsua.PJSIP_EINVALIDHDR) {
            throw new IllegalArgumentException("pjsip cannot parse the answer's Content-Type '" + contentType
                    + "'; the default answer was sent");
        }
        checkStatus(id, status, "answer");
    }

    /**
     * Answers the waiting request {@code id} with its default (405, 481 or 501).
     *
     * @param id the request
     * @throws IllegalStateException if the request no longer waits
     */
    public static void answerDefault(long id) {
        NativeLibraryLoader.load();
        checkStatus(id, nativeAnswerDefault(id), "answerDefault");
    }

    private static void check(int code, String reason, String contentType, String body) {
        if (code < 200 || code > 699) {
            throw new IllegalArgumentException("answer code " + code + " is not a final status (200..699)");
        }
        WireText.optionalLine("answer reason", reason);
        if ((contentType == null) != (body == null)) {
            throw new IllegalArgumentException("an answer's body and content type come together; got "
                    + (body == null ? "a content type without a body" : "a body without a content type"));
        }
        if (body != null) {
            WireText.line("answer content type", contentType);
            if (!MEDIA_TYPE.matcher(contentType).matches()) {
                throw new IllegalArgumentException("answer content type must be type/subtype[;param=value], not '"
                        + contentType + "'");
            }
            WireText.body("answer body", body);
        }
    }

    private static String headerName(String name) {
        WireText.token("answer header name", name);
        if (MANAGED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("answer header " + name + " is written by pjsip itself");
        }
        return name;
    }

    private static void checkStatus(long id, int status, String operation) {
        if (status == pjsua.PJ_ENOTFOUND) {
            throw new IllegalStateException("UnhandledRequests." + operation + ": request " + id
                    + " no longer waits (answered already, or its hold time ran out)");
        }
        if (status == pjsua.PJ_EINVALIDOP) {
            throw new IllegalStateException("UnhandledRequests." + operation + ": pjsua is not initialised");
        }
        if (status != pjsua.PJ_SUCCESS) {
            throw new PjsipException(status, "pj4j_unhandled_" + operation,
                    "the answer could not be sent; the default answer was sent instead");
        }
    }

    /** The upcall from native/src/pj4j_unhandled_bridge.c, on pjsip's thread. */
    static boolean onRequest(long id, byte[] method, byte[] uri, byte[][] names, byte[][] values, byte[] contentType,
            byte[] body) {
        UnhandledRequestListener l = listener;
        if (l == null) {
            return false;
        }
        try {
            List<Map.Entry<String, String>> headers = new ArrayList<>(names.length);
            for (int i = 0; i < names.length; i++) {
                headers.add(Map.entry(Utf8.decode(names[i]), Utf8.decode(values[i])));
            }
            return l.onRequest(id, Utf8.decode(method), Utf8.decode(uri), List.copyOf(headers),
                    contentType == null ? null : Utf8.decode(contentType), body == null ? null : Utf8.decode(body));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "UnhandledRequestListener threw; request " + id
                    + " gets its default answer", e);
            return false;
        }
    }

    private static native int nativeAnswer(long id, int code, byte[] reason, byte[][] names, byte[][] values,
            byte[] contentType, byte[] body);

    private static native int nativeAnswerDefault(long id);
}
