package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

/** An answered call between two accounts of one endpoint, with both sides' events recorded. */
record Connected(Call out, CallEvents outEvents, Call in, CallEvents inEvents) {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    /** {@code caller} calls a new account {@code callee}, which answers 200; returns once audio flows. */
    static Connected call(Endpoint ep, Account caller, String callee) throws Exception {
        Loopback.Answering answering = Loopback.Answering.with(200);
        Account target = Loopback.account(ep, callee, answering);
        CallEvents outEvents = new CallEvents();
        Call out = caller.makeCall(target.uri(), outEvents);
        out.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        outEvents.mediaActive.get(T, MILLISECONDS);
        answering.events.mediaActive.get(T, MILLISECONDS);
        return new Connected(out, outEvents, answering.firstCall.get(T, MILLISECONDS), answering.events);
    }
}
