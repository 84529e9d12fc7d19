package org.pjsua4j.cli;

import java.util.concurrent.TimeUnit;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.MediaStats;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/**
 * What the CLI runs with no argument (the README's main job): two accounts on one endpoint call each
 * other over 127.0.0.1, talk for two seconds of real RTP, hang up, and print every event on the way.
 * Needs no outside server.
 */
final class LoopbackDemo {
    private LoopbackDemo() {
    }

    static void run() throws Exception {
        EndpointConfig config = EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0).build();
        try (Endpoint endpoint = Endpoint.start(config)) {
            Transport udp = endpoint.transports().get(0);
            System.out.println("endpoint up on " + udp.hostPort());

            Account bob = endpoint.addAccount(AccountConfig.builder(udp.uri("bob")).build(), new AccountListener() {
                @Override
                public void onIncomingCall(Call call) {
                    call.setListener(printer("bob  "));
                    System.out.println("bob   <- incoming call from " + call.info().remoteUri());
                    call.answer(180);
                    call.answer(200);
                }
            });
            Account alice = endpoint.addAccount(AccountConfig.builder(udp.uri("alice")).build(), new AccountListener() {
            });
            System.out.println("accounts: " + alice.uri() + ", " + bob.uri());

            Call call = alice.makeCall(udp.uri("bob"), printer("alice"));
            call.stateFuture(CallState.CONFIRMED).get(10, TimeUnit.SECONDS);
            Thread.sleep(2000);
            MediaStats stats = call.mediaStats();
            System.out.printf("alice    RTP sent %d packets, received %d (%d lost)%n", stats.txPackets(),
                    stats.rxPackets(), stats.rxLost());
            call.hangup();
            CallInfo end = call.stateFuture(CallState.DISCONNECTED).get(10, TimeUnit.SECONDS);
            System.out.printf("call over after %d ms connected%n", end.connectDuration().toMillis());
            if (stats.rxPackets() == 0) {
                throw new IllegalStateException("no RTP arrived");
            }
        }
        System.out.println("endpoint closed");
    }

    private static CallListener printer(String who) {
        return new CallListener() {
            @Override
            public void onState(Call call, CallInfo info) {
                System.out.printf("%s    call %d %-12s %d %s%n", who, info.callId(), info.state(), info.lastStatusCode(),
                        info.lastReason());
            }

            @Override
            public void onMedia(Call call, CallInfo info) {
                System.out.printf("%s    call %d media %s%n", who, info.callId(), info.mediaStatus());
            }
        };
    }
}
