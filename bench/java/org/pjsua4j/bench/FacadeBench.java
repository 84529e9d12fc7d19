package org.pjsua4j.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountInfo;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/** The facade's reads on an endpoint with a live call between two of its accounts on 127.0.0.1. */
@State(Scope.Benchmark)
public class FacadeBench {
    private Endpoint endpoint;
    private Account alice;
    private Call call;

    @Setup(Level.Trial)
    public void start() throws Exception {
        endpoint = Endpoint.start(EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0).build());
        Transport udp = endpoint.transports().get(0);
        alice = endpoint.addAccount(AccountConfig.builder(udp.uri("alice")).build(), new AccountListener() { });
        endpoint.addAccount(AccountConfig.builder(udp.uri("bob")).build(), new AccountListener() {
            @Override
            public void onIncomingCall(Call incoming) {
                incoming.answer(200);
            }
        });
        call = alice.makeCall(udp.uri("bob"), new CallListener() { });
        call.stateFuture(CallState.CONFIRMED).get(10, TimeUnit.SECONDS);
    }

    @TearDown(Level.Trial)
    public void stop() {
        endpoint.close();
    }

    /** The cheapest facade call: the endpoint's read lock and guard around one trivial crossing. */
    @Benchmark
    public int callCount() {
        return endpoint.callCount();
    }

    @Benchmark
    public AccountInfo accountInfo() {
        return alice.info();
    }

    @Benchmark
    public CallInfo callInfo() {
        return call.info();
    }
}
