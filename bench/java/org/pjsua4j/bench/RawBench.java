package org.pjsua4j.bench;

import static org.pjsua4j.raw.pjsua.*;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.pjsua4j.raw.pjsua_acc_info;
import org.pjsua4j.raw.pjsua_config;
import org.pjsua4j.raw.pjsua_logging_config;
import org.pjsua4j.raw.pjsua_media_config;
import org.pjsua4j.raw.pjsua_transport_config;

/** The raw layer as an application uses it, against the same loops in C (bench/c/baseline.c). */
@State(Scope.Benchmark)
public class RawBench {
    private int account;

    /** pjsua on a UDP transport on 127.0.0.1 with one local account, silent (its log would be timed too). */
    @Setup(Level.Trial)
    public void start() {
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
            account = pjsua_acc_add_local(udp, true);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
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
            pjsua_acc_get_info(account, info);
            bh.consume(info.getId());
            bh.consume(info.getAcc_uri());
        }
    }
}
