package org.pjsua4j.raw;

import java.util.List;
import java.util.Map;

/**
 * Receives the requests that no module of pjsip or pjsua handled, while
 * {@code pjsua.pj4j_unhandled_hold} keeps them waiting (installed with
 * {@link UnhandledRequests#install}).
 *
 * <p>Called on pjsip's own thread, as a pjsua callback is: return quickly, and answer later from any
 * thread with {@link UnhandledRequests#answer} or {@link UnhandledRequests#answerDefault}. A request
 * not answered within the hold time gets its default answer. An exception thrown here is logged and
 * the request gets its default answer at once.
 */
@FunctionalInterface
public interface UnhandledRequestListener {
    /**
     * @param id the request's number, for the answer
     * @param method the method, e.g. {@code FOO}
     * @param requestUri the Request-URI
     * @param headers every header, in order, as pjsip printed it: name and value
     * @param contentType the body's type with its parameters, or null when there is no body
     * @param body the body, or null
     * @return true to answer it (or let the hold time run out), false for the default answer now
     */
    boolean onRequest(long id, String method, String requestUri, List<Map.Entry<String, String>> headers,
            String contentType, String body);
}
