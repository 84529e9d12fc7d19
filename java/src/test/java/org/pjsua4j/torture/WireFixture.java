package org.pjsua4j.torture;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.RegistrationConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Call;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.TransportType;

/**
 * What the wire check's rows act on: an endpoint on 127.0.0.1 (UDP), its account "alice" (which rings
 * on incoming calls and hands them over), the capturing peer, and the accounts and calls a row makes,
 * which {@link #endRow()} removes.
 */
final class WireFixture implements AutoCloseable {
    private static final long WAIT_MS = 5000;
    final CapturingPeer peer;
    private final BlockingQueue<Call> incoming = new LinkedBlockingQueue<>();
    private final List<Account> rowAccounts = new ArrayList<>();
    private Endpoint ep;
    private Account alice;

    WireFixture() throws IOException {
        peer = new CapturingPeer();
        restart(config().build());
    }

    /** @return a builder of the fixture's endpoint configuration, for rows that change it */
    static EndpointConfig.Builder config() {
        return EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0);
    }

    /** Replaces the endpoint (pjsua allows one) by one with {@code config}; alice is added again. */
    void restart(EndpointConfig config) {
        if (ep != null) {
            ep.close();
        }
        ep = Endpoint.start(config);
        String host = ep.transports().get(0).hostPort();
        alice = ep.addAccount(AccountConfig.builder("sip:alice@" + host).build(), new AccountListener() {
            @Override
            public void onIncomingCall(Call call) {
                call.setListener(new CallListener() {
                });
                call.answer(180);
                incoming.add(call);
            }
        });
    }

    Endpoint ep() {
        return ep;
    }

    Account alice() {
        return alice;
    }

    /** Registration at {@code registrarUri} with a short unregister timeout, so a row's account closes soon. */
    static RegistrationConfig registration(String registrarUri) {
        return RegistrationConfig.builder(registrarUri).unregisterTimeout(Duration.ofMillis(500)).build();
    }

    /** @return an account of the row's own, removed by {@link #endRow()} */
    Account account(AccountConfig.Builder config) {
        Account a = ep.addAccount(config.build(), new AccountListener() {
        });
        rowAccounts.add(a);
        return a;
    }

    /** @return a call from the peer to alice, ringing (alice answered 180) */
    Call ringingCall() throws Exception {
        peer.invite("sip:alice@" + ep.transports().get(0).hostPort(),
                new InetSocketAddress(ep.transports().get(0).host(), ep.transports().get(0).port()));
        Call call = incoming.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        if (call == null) {
            throw new AssertionError("the peer's INVITE did not reach alice");
        }
        return call;
    }

    /** @return a call from alice that the peer answered, confirmed */
    Call confirmedCall() throws Exception {
        Call call = alice.makeCall(peer.uri("answer"), new CallListener() {
        });
        call.stateFuture(CallState.CONFIRMED).get(WAIT_MS, TimeUnit.MILLISECONDS);
        return call;
    }

    /** Hangs up every call and removes the row's accounts. */
    void endRow() throws InterruptedException {
        if (ep == null || !ep.isOpen()) {
            return;
        }
        ep.hangupAll();
        rowAccounts.forEach(Account::close);
        rowAccounts.clear();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        while (ep.callCount() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        incoming.clear();
    }

    @Override
    public void close() {
        if (ep != null) {
            ep.close();
        }
        peer.close();
    }
}
