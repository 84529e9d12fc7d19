package org.pjsua4j.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.pjsua4j.HeaderField;
import org.pjsua4j.IncomingRequest;
import org.pjsua4j.UnhandledRequestHandler;
import org.pjsua4j.raw.UnhandledRequestListener;

/**
 * The facade's receiver of requests nobody handled. Runs on pjsip's thread, so it only copies the
 * request into an {@link IncomingRequest} and queues the handler on an event thread; the request
 * waits natively until a {@link HeldAnswer} answers it or its timeout does.
 */
final class HeldRequests implements UnhandledRequestListener {
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");
    private final EndpointCore core;
    private final UnhandledRequestHandler handler;

    HeldRequests(EndpointCore core, UnhandledRequestHandler handler) {
        this.core = core;
        this.handler = handler;
    }

    @Override
    public boolean onRequest(long id, String method, String requestUri, List<Map.Entry<String, String>> headers,
            String contentType, String body) {
        if (core.isClosed()) {
            return false;
        }
        IncomingRequest request = new IncomingRequest(method, requestUri,
                headers.stream().map(h -> new HeaderField(h.getKey(), h.getValue())).toList(),
                contentType == null ? "" : contentType, body == null ? "" : body);
        HeldAnswer responder = new HeldAnswer(core, id);
        try {
            // A queue of its own: a handler that blocks holds up no other request.
            core.newEventQueue().execute(() -> deliver(request, responder));
            return true;
        } catch (RejectedExecutionException e) {
            return false; // the endpoint is closing
        }
    }

    private void deliver(IncomingRequest request, HeldAnswer responder) {
        try {
            handler.onRequest(request, responder);
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "UnhandledRequestHandler threw on " + request.method()
                    + "; it gets its default answer", e);
            responder.answerDefaultIfWaiting();
            if (e instanceof Error error) {
                throw error;
            }
        }
    }
}
