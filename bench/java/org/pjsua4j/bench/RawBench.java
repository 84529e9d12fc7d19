package org.pjsua4j.bench;

import static org.pjsua4j.raw.pjsua.*;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.pjsua4j.raw.PjsuaCallback;
import org.pjsua4j.raw.PjsuaCallbacks;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_rx_data;
import org.pjsua4j.raw.pjsua_acc_config;
import org.pjsua4j.raw.pjsua_acc_info;
import org.pjsua4j.raw.pjsua_call_info;
import org.pjsua4j.raw.pjsua_config;
import org.pjsua4j.raw.pjsua_logging_config;
import org.pjsua4j.raw.pjsua_media_config;
import org.pjsua4j.raw.pjsua_transport_config;
import org.pjsua4j.raw.pjsua_transport_info;

/**
 * The raw layer as an application uses it, against the same loops in C (bench/c/baseline.c): one
 * pjsua, silent (its log would be timed too), with a live call from alice to bob, two accounts of its
 * own on 127.0.0.1, as the C baseline sets up.
 */
@State(Scope.Benchmark)
public class RawBench {
    private static final long CALL_MS = 10_000;
    private int alice;
    private int call;

    @Setup(Level.Trial)
    public void start() throws InterruptedException {
        pjsua_create();
        try (pjsua_config cfg = new pjsua_config();
                pjsua_logging_config log = new pjsua_logging_config();
                pjsua_media_config media = new pjsua_media_config();
                pjsua_transport_config tc = new pjsua_transport_config()) {
            pjsua_config_default(cfg);
            pjsua_logging_config_default(log);
            log.setLevel(0);
            log.setConsole_level(0);
            pjsua_media_config_default(media);
            pjsua_init(cfg, log, media);
            pjsua_transport_config_default(tc);
            tc.setPort(0);
            tc.setBound_addr("127.0.0.1");
            tc.setPublic_addr("127.0.0.1");
            int udp = pjsua_transport_create(PJSIP_TRANSPORT_UDP, tc);
            pjsua_set_null_snd_dev();
            pjsua_start();
            PjsuaCallbacks.install(new PjsuaCallback() {
                @Override
                public void on_incoming_call(int accId, int callId, SWIGTYPE_p_pjsip_rx_data rdata) {
                    pjsua_call_answer(callId, 200, null, null);
                }
            });
            int port = port(udp);
            alice = account("alice", port, udp);
            account("bob", port, udp);
            call = pjsua_call_make_call(alice, "sip:bob@127.0.0.1:" + port, null, 0, null);
            awaitConfirmed();
        }
    }

    private static int port(int transport) {
        try (pjsua_transport_info ti = new pjsua_transport_info()) {
            pjsua_transport_get_info(transport, ti);
            return ti.getLocal_name().getPort();
        }
    }

    private static int account(String user, int port, int transport) {
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            ac.setId("sip:" + user + "@127.0.0.1:" + port);
            ac.setTransport_id(transport);
            ac.getRtp_cfg().setBound_addr("127.0.0.1");
            ac.getRtp_cfg().setPublic_addr("127.0.0.1");
            return pjsua_acc_add(ac, false);
        }
    }

    private void awaitConfirmed() throws InterruptedException {
        long deadline = System.nanoTime() + CALL_MS * 1_000_000;
        while (System.nanoTime() < deadline) {
            try (pjsua_call_info info = new pjsua_call_info()) {
                pjsua_call_get_info(call, info);
                if (info.getState() == PJSIP_INV_STATE_CONFIRMED) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("call not confirmed within " + CALL_MS + " ms");
    }

    /** Hangs up and waits for the call to go first: pjsua_destroy waits a second for anything pending. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        pjsua_call_hangup_all();
        long deadline = System.nanoTime() + CALL_MS * 1_000_000;
        while (pjsua_call_get_count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        PjsuaCallbacks.install(null);
        pj4j_destroy();
    }

    /** The cheapest crossing: one JNI call, the state guard, one read in C. */
    @Benchmark
    public int getState() {
        return pjsua_get_state();
    }

    /** A struct read as the raw layer offers it: fresh proxy, fill, read two members, close. */
    @Benchmark
    public void accGetInfo(Blackhole bh) {
        try (pjsua_acc_info info = new pjsua_acc_info()) {
            pjsua_acc_get_info(alice, info);
            bh.consume(info.getId());
            bh.consume(info.getAcc_uri());
        }
    }

    /** The same for the live call: fresh proxy, fill, read state and remote URI, close. */
    @Benchmark
    public void callGetInfo(Blackhole bh) {
        try (pjsua_call_info info = new pjsua_call_info()) {
            pjsua_call_get_info(call, info);
            bh.consume(info.getState());
            bh.consume(info.getRemote_info());
        }
    }
}
