package org.pjsua4j.raw;

import static org.pjsua4j.raw.pjsua.*;

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

    static int port(int transport) {
        try (pjsua_transport_info ti = new pjsua_transport_info()) {
            pjsua_transport_get_info(transport, ti);
            return ti.getLocal_name().getPort();
        }
    }

    @AfterEach
    void destroy() {
        PjsuaCallbacks.install(null);
        pjsua_destroy();
    }
}
