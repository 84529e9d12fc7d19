package org.pjsua4j;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Endpoints and accounts pinned to 127.0.0.1, as every test uses them. */
final class Loopback {
    private Loopback() {
    }

    static Endpoint endpoint() {
        return endpoint(EndpointConfig.SipTimers.DEFAULT);
    }

    static Endpoint endpoint(EndpointConfig.SipTimers timers) {
        return Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", 0)
                .transport(TransportType.TCP, "127.0.0.1", 0)
                .sipTimers(timers)
                .build());
    }

    static Transport udp(Endpoint ep) {
        return ep.transports().get(0);
    }

    static Account account(Endpoint ep, String user, AccountListener listener) {
        return ep.addAccount(AccountConfig.builder(udp(ep).uri(user)).build(), listener);
    }

    /** An account listener that hands each incoming call to {@code onCall} and exposes the first. */
    static final class Answering implements AccountListener {
        final CompletableFuture<Call> firstCall = new CompletableFuture<>();
        final CallEvents events = new CallEvents();
        private final Consumer<Call> onCall;

        Answering(Consumer<Call> onCall) {
            this.onCall = onCall;
        }

        static Answering with(int code) {
            return new Answering(call -> call.answer(code));
        }

        @Override
        public void onIncomingCall(Call call) {
            call.setListener(events);
            firstCall.complete(call);
            onCall.accept(call);
        }
    }
}
