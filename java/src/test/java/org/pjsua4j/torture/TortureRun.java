package org.pjsua4j.torture;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Call;
import org.pjsua4j.CallListener;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;
import org.pjsua4j.peers.PjsuaApp;

/**
 * A child JVM of {@link Rfc4475Test}, run inside a network namespace that has only lo: a facade
 * user agent and the native pjsua app, each answering calls with 200 as an application would, get
 * every torture message over the transport named by the argument (UDP or TCP; both lanes at once, each
 * message followed by a liveness probe), wave by wave ({@link TransactionWaves}) on fresh user agents.
 * Prints one {@link TortureRow} line per message, then an END line. One transport per process: pjsip
 * keys a transaction by branch and method only, so the same message over the other transport within
 * 32 s would be taken for a retransmission.
 */
public final class TortureRun {
    static final String FACADE_HOST = "127.0.0.3";
    static final String NATIVE_HOST = "127.0.0.2";
    /** The native app's first port, and the ones tried after it (see {@link #nativeApp}). */
    private static final int[] NATIVE_PORTS = {5062, 5064, 5066};

    private TortureRun() {
    }

    public static void main(String[] args) throws Exception {
        boolean tcp = args[0].equals("TCP");
        List<TortureMessages.Message> messages = TortureMessages.all();
        Map<String, Lane.Outcome> facade = new LinkedHashMap<>();
        Map<String, Lane.Outcome> nativeApp = new LinkedHashMap<>();
        boolean up = true;
        try (UdpResponses udp = new UdpResponses()) {
            for (List<TortureMessages.Message> wave : TransactionWaves.of(messages)) {
                up &= runWave(wave, tcp, udp, facade, nativeApp);
            }
        }
        for (TortureMessages.Message m : messages) {
            Lane.Outcome f = facade.get(m.name());
            Lane.Outcome n = nativeApp.get(m.name());
            System.out.println(new TortureRow(m.name(), args[0], f.codesText(), n.codesText(), f.alive(), n.alive()).line());
        }
        System.out.println("END\t" + up);
    }

    /** Runs one wave on fresh user agents; @return whether both were still up after it */
    private static boolean runWave(List<TortureMessages.Message> wave, boolean tcp, UdpResponses udp,
            Map<String, Lane.Outcome> facade, Map<String, Lane.Outcome> nativeApp) throws Exception {
        try (Endpoint ep = Endpoint.start(EndpointConfig.builder()
                        .transport(TransportType.UDP, FACADE_HOST, 0)
                        .transport(TransportType.TCP, FACADE_HOST, 0)
                        .build());
                PjsuaApp app = nativeApp()) {
            Account uas = ep.addAccount(AccountConfig.builder("sip:uas@" + FACADE_HOST).build(), new AutoAnswer());
            uas.setDefault();
            Transport facadeTransport = ep.transports().get(tcp ? 1 : 0);
            InetSocketAddress facadeUa = new InetSocketAddress(FACADE_HOST, facadeTransport.port());
            InetSocketAddress nativeUa = new InetSocketAddress(NATIVE_HOST, app.port());
            Map<String, Lane> lanes = new LinkedHashMap<>();
            lanes.put("facade", tcp ? Lane.tcp(facadeUa) : Lane.udp(facadeUa, udp));
            lanes.put("native", tcp ? Lane.tcp(nativeUa) : Lane.udp(nativeUa, udp));
            for (Map.Entry<String, Lane> lane : lanes.entrySet()) {
                if (!lane.getValue().probe()) {
                    throw new IllegalStateException(lane.getKey() + " does not answer OPTIONS before any torture");
                }
            }
            Map<String, List<Lane.Outcome>> outcomes = run(lanes, wave);
            for (int i = 0; i < wave.size(); i++) {
                facade.put(wave.get(i).name(), outcomes.get("facade").get(i));
                nativeApp.put(wave.get(i).name(), outcomes.get("native").get(i));
            }
            return ep.isOpen() && app.isRunning();
        }
    }

    private static Map<String, List<Lane.Outcome>> run(Map<String, Lane> lanes, List<TortureMessages.Message> messages)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(lanes.size());
        try {
            Map<String, Future<List<Lane.Outcome>>> running = new LinkedHashMap<>();
            lanes.forEach((name, lane) -> running.put(name, pool.submit(() -> {
                List<Lane.Outcome> out = new ArrayList<>();
                for (TortureMessages.Message m : messages) {
                    out.add(lane.exchange(m));
                }
                return out;
            })));
            Map<String, List<Lane.Outcome>> done = new LinkedHashMap<>();
            for (Map.Entry<String, Future<List<Lane.Outcome>>> f : running.entrySet()) {
                done.put(f.getKey(), f.getValue().get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Seen once on CI: the app's bind of 127.0.0.2:5062 failed with "Address already in use" in a
     * namespace of its own, holder unknown. Another port keeps the comparison instead of losing the run;
     * the messages do not name the app's port, so any port serves.
     */
    private static PjsuaApp nativeApp() throws IOException {
        IOException failed = null;
        for (int port : NATIVE_PORTS) {
            try {
                return PjsuaApp.answeringOverUdpAndTcp(NATIVE_HOST, port, List.of("--max-calls=32"));
            } catch (IOException | RuntimeException e) {
                System.err.println("the native app did not start on port " + port + ": " + e.getMessage());
                failed = failed == null ? new IOException("the native app did not start", e) : failed;
            }
        }
        throw failed;
    }

    /** Answers every call with 200, as the native app's --auto-answer=200 does. */
    private static final class AutoAnswer implements AccountListener {
        @Override
        public void onIncomingCall(Call call) {
            call.setListener(new CallListener() {
            });
            call.answer(200);
        }
    }
}
