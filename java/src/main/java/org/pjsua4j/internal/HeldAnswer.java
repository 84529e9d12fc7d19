package org.pjsua4j.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pjsua4j.HeaderField;
import org.pjsua4j.SipResponder;
import org.pjsua4j.raw.UnhandledRequests;

/** Answers one waiting request, once; the native side answers it by default when its timeout runs out. */
final class HeldAnswer implements SipResponder {
    private final EndpointCore core;
    private final long id;
    private final AtomicBoolean answered = new AtomicBoolean();

    HeldAnswer(EndpointCore core, long id) {
        this.core = core;
        this.id = id;
    }

    @Override
    public void answer(int code) {
        answer(code, null, List.of(), null, null);
    }

    @Override
    public void answer(int code, String reason, List<HeaderField> headers, String contentType, String body) {
        // Nulls pass on to the raw layer, which refuses them after sending the default answer.
        List<Map.Entry<String, String>> entries = headers == null ? null
                : headers.stream().map(h -> h == null ? null : Map.entry(h.name(), h.value())).toList();
        once("SipResponder.answer", () -> UnhandledRequests.answer(id, code, reason, entries, contentType, body));
    }

    @Override
    public void answerDefault() {
        once("SipResponder.answerDefault", () -> UnhandledRequests.answerDefault(id));
    }

    /** After the handler threw: the default, unless it answered before throwing or the timeout did. */
    void answerDefaultIfWaiting() {
        try {
            answerDefault();
        } catch (IllegalStateException e) {
            // Answered already, timed out or the endpoint is closing: the peer has its answer.
        }
    }

    private void once(String operation, Runnable send) {
        core.run(operation, () -> {
            if (!answered.compareAndSet(false, true)) {
                throw new IllegalStateException(operation + ": the request has been answered already");
            }
            try {
                send.run();
            } catch (IllegalStateException e) {
                throw new IllegalStateException(operation + ": the request's timeout ran out and it got its"
                        + " default answer", e);
            }
        });
    }
}
