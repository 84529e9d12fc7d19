package org.pjsua4j;

import java.util.List;

/**
 * Answers one {@link IncomingRequest} that an {@link UnhandledRequestHandler} received. Exactly one
 * answer goes out: the first call of a method here, or the request's default answer when the
 * endpoint's timeout for unhandled requests runs out first (or the endpoint closes). May be called
 * from any thread, now or later.
 */
public interface SipResponder {
    /**
     * Answers with a final status and pjsip's reason phrase for it.
     *
     * @param code 200..699
     * @throws IllegalArgumentException if code is not a final status (the default answer has then been sent)
     * @throws IllegalStateException if the request has been answered already, by this responder or
     *         with its default after the timeout, or the endpoint is closed
     */
    void answer(int code);

    /**
     * Answers with a final status, extra headers and optionally a body. Everything here goes through
     * the same checks as all text pjsua4j puts on the wire ({@link org.pjsua4j.raw.WireText}); a
     * refused answer is replaced by the request's default answer, which is sent before the exception
     * is thrown. A 405 without an {@code Allow} header gets the endpoint's.
     *
     * @param code 200..699
     * @param reason the reason phrase, or null for pjsip's text for the code
     * @param headers headers to add, e.g. {@code Contact} for a 200 to REGISTER; not Via, From, To,
     *        Call-ID, CSeq, Content-Length or Content-Type, which pjsip writes itself
     * @param contentType the body's type, e.g. {@code text/plain}, or null for no body
     * @param body the body, or null; given exactly when contentType is
     * @throws IllegalArgumentException if code is not a final status, a header name is not a SIP token
     *         or is one pjsip writes, a value or the reason is not one line of at most 1024 bytes, the
     *         content type is not {@code type/subtype[;param=value]}, the body is over 2048 bytes or
     *         holds NUL, or only one of body and content type is given
     * @throws IllegalStateException if the request has been answered already or the endpoint is closed
     */
    void answer(int code, String reason, List<HeaderField> headers, String contentType, String body);

    /**
     * Sends the answer the endpoint gives when nobody handles a request: 405 Method Not Allowed with
     * {@code Allow}, 481 Call/Transaction Does Not Exist for a request that needs a dialog or
     * transaction the endpoint does not have, or 501 Not Implemented for a method it supports only in
     * a dialog.
     *
     * @throws IllegalStateException if the request has been answered already or the endpoint is closed
     */
    void answerDefault();
}
