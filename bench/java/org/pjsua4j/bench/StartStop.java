package org.pjsua4j.bench;

import java.util.concurrent.TimeUnit;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/**
 * Times Endpoint.start and Endpoint.close in a JVM of its own, after a first, untimed start and close
 * (class loading, pjlib's one-time set-up): {@code StartStop ROUNDS REGISTRAR_HOST:PORT}. Each round
 * starts, closes with nothing to unregister, starts again, registers one account at the registrar and
 * closes, which unregisters it. Prints {@code name ms} lines, one per round and measure.
 */
public final class StartStop {
    private StartStop() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        String registrar = args[1];
        start().close();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            Endpoint endpoint = start();
            long t1 = System.nanoTime();
            endpoint.close();
            long t2 = System.nanoTime();
            print("start", t1 - t0);
            print("close", t2 - t1);

            endpoint = start();
            Transport udp = endpoint.transports().get(0);
            Account account = endpoint.addAccount(AccountConfig.builder(udp.uri("startstop" + i))
                    .registrar("sip:" + registrar).build(), new AccountListener() { });
            long t3 = System.nanoTime();
            account.registration().get(10, TimeUnit.SECONDS);
            long t4 = System.nanoTime();
            endpoint.close();
            long t5 = System.nanoTime();
            print("register", t4 - t3);
            print("closeRegistered", t5 - t4);
        }
    }

    private static Endpoint start() {
        return Endpoint.start(EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0).build());
    }

    private static void print(String name, long nanos) {
        System.out.println(name + " " + nanos / 1e6);
    }
}
