package org.pjsua4j;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.pjsua4j.internal.NoNulls;

/**
 * A request that no part of pjsip or pjsua handled, as it arrived (see
 * {@link UnhandledRequestHandler}).
 *
 * @param method the method, e.g. {@code REGISTER} or {@code FOO}
 * @param requestUri the Request-URI
 * @param headers every header, in order, including Via, From, To, Call-ID and CSeq
 * @param contentType the body's type with its parameters, e.g. {@code text/plain}, or "" when there
 *        is no body
 * @param body the body, or ""
 */
public record IncomingRequest(String method, String requestUri, List<HeaderField> headers, String contentType,
        String body) {
    /** @throws NullPointerException if any part is null */
    public IncomingRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestUri, "requestUri");
        headers = NoNulls.copy("headers", headers);
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /**
     * @param name a header name, compared without regard to case (compact forms are not expanded)
     * @return the values of every header of that name, in order; empty when there is none
     */
    public List<String> headerValues(String name) {
        String wanted = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        return headers.stream().filter(h -> h.name().toLowerCase(Locale.ROOT).equals(wanted)).map(HeaderField::value)
                .toList();
    }
}
