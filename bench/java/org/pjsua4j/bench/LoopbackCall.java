package org.pjsua4j.bench;

import java.util.concurrent.TimeUnit;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Call;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/** What the facade benchmarks measure on: an endpoint on 127.0.0.1 whose alice called its bob, who answered. */
record LoopbackCall(Endpoint endpoint, Account alice, Call call) {
    static LoopbackCall start() throws Exception {
        Endpoint endpoint = Endpoint.start(EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0).build());
        Transport udp = endpoint.transports().get(0);
        Account alice = endpoint.addAccount(AccountConfig.builder(udp.uri("alice")).build(), new AccountListener() { });
        endpoint.addAccount(AccountConfig.builder(udp.uri("bob")).build(), new AccountListener() {
            @Override
            public void onIncomingCall(Call incoming) {
                incoming.answer(200);
            }
        });
        Call call = alice.makeCall(udp.uri("bob"), new CallListener() { });
        call.stateFuture(CallState.CONFIRMED).get(10, TimeUnit.SECONDS);
        return new LoopbackCall(endpoint, alice, call);
    }
}
