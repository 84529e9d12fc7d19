package org.pjsua4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.pjsua4j.Account;
import org.pjsua4j.AccountInfo;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.Endpoint;

/** The facade's reads on an endpoint with a live call between two of its accounts on 127.0.0.1. */
@State(Scope.Benchmark)
public class FacadeBench {
    private Endpoint endpoint;
    private Account alice;
    private Call call;

    @Setup(Level.Trial)
    public void start() throws Exception {
        LoopbackCall c = LoopbackCall.start();
        endpoint = c.endpoint();
        alice = c.alice();
        call = c.call();
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
