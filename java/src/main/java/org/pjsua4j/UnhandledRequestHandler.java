package org.pjsua4j;

/**
 * Sees and answers the requests that no part of pjsip or pjsua handled: an unknown method such as
 * {@code FOO}, a REGISTER (pjsua is no registrar), a BYE or NOTIFY outside any dialog, a PUBLISH.
 * OPTIONS, INVITE, MESSAGE, SUBSCRIBE and requests inside a known dialog never come here, and neither
 * does ACK, which is never answered. Without a handler the endpoint gives each its default answer at
 * once ({@link SipResponder#answerDefault()}); set one with
 * {@link EndpointConfig.Builder#unhandledRequests}.
 *
 * <p>Called on a pjsua4j event thread ({@code pjsua4j-event-N}), never on pjsip's, one call per request;
 * requests are not ordered among themselves. Meanwhile the request waits in a SIP server transaction,
 * which absorbs the peer's retransmissions, so a retransmitted request is seen once. Answer it
 * through the responder, here or later from any thread; when the configured timeout runs out first,
 * or the endpoint closes, the request gets its default answer. An exception thrown here is logged
 * (logger {@code org.pjsua4j}) and the request gets its default answer at once.
 */
@FunctionalInterface
public interface UnhandledRequestHandler {
    /**
     * @param request the request as it arrived
     * @param responder answers it, exactly once
     */
    void onRequest(IncomingRequest request, SipResponder responder);
}
