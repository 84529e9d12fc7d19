package org.pjsua4j.raw;

import static org.pjsua4j.raw.pjsua.*;

import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A pjsua started the C way for each test: UDP and TCP transports on 127.0.0.1, null sound device. */
abstract class RawPjsua {
    int udp;
    int tcp;

    @BeforeEach
    void init() {
        pjsua_create();
        try (pjsua_config cfg = new pjsua_config(); pjsua_media_config media = new pjsua_media_config()) {
            pjsua_config_default(cfg);
            pjsua_media_config_default(media);
            pjsua_init(cfg, null, media);
        }
        udp = transport(PJSIP_TRANSPORT_UDP);
        tcp = transport(PJSIP_TRANSPORT_TCP);
        pjsua_set_null_snd_dev();
        pjsua_start();
    }

    private static int transport(int type) {
        try (pjsua_transport_config tc = new pjsua_transport_config()) {
            pjsua_transport_config_default(tc);
            tc.setPort(0);
            tc.setBound_addr("127.0.0.1");
            tc.setPublic_addr("127.0.0.1");
            return pjsua_transport_create(type, tc);
        }
    }

    /** RTP binds to and advertises loopback, like SIP (pjsua's default is every interface). */
    static void loopbackRtp(pjsua_acc_config ac) {
        ac.getRtp_cfg().setBound_addr("127.0.0.1");
        ac.getRtp_cfg().setPublic_addr("127.0.0.1");
    }

    /** pjsua_acc_add_local, with the account's RTP on loopback. */
    static int localAccount(int transport, boolean isDefault) {
        int acc = pjsua_acc_add_local(transport, isDefault);
        SWIGTYPE_p_pj_pool_t pool = pjsua_pool_create("rtp", 1024, 1024);
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua_acc_get_config(acc, pool, ac);
            loopbackRtp(ac);
            pjsua_acc_modify(acc, ac);
        } finally {
            pj_pool_release(pool);
        }
        return acc;
    }

    static int port(int transport) {
        try (pjsua_transport_info ti = new pjsua_transport_info()) {
            pjsua_transport_get_info(transport, ti);
            return ti.getLocal_name().getPort();
        }
    }

    /** Runs body with a pjsua set up as for a test, outside JUnit (a scenario in a forked JVM). */
    static void started(Consumer<RawPjsua> body) {
        RawPjsua ua = new RawPjsua() { };
        ua.init();
        try {
            body.accept(ua);
        } finally {
            ua.destroy();
        }
    }

    @AfterEach
    void destroy() {
        PjsuaCallbacks.install(null);
        // pjsua's one-second wait for answers only when something still awaits one.
        pj4j_destroy();
    }
}
