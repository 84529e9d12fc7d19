package consumer;

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

/** A program that only makes a call: its two lines are all it should print. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        EndpointConfig config = EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0).build();
        try (Endpoint endpoint = Endpoint.start(config)) {
            Transport udp = endpoint.transports().get(0);
            endpoint.addAccount(AccountConfig.builder(udp.uri("bob")).build(), new AccountListener() {
                @Override
                public void onIncomingCall(Call call) {
                    call.answer(200);
                }
            });
            Account alice = endpoint.addAccount(AccountConfig.builder(udp.uri("alice")).build(), new AccountListener() {
            });
            Call call = alice.makeCall(udp.uri("bob"), new CallListener() {
            });
            call.stateFuture(CallState.CONFIRMED).get(10, TimeUnit.SECONDS);
            System.out.println("consumer: call confirmed");
            call.hangup();
            call.stateFuture(CallState.DISCONNECTED).get(10, TimeUnit.SECONDS);
        }
        System.out.println("consumer: done");
    }
}
