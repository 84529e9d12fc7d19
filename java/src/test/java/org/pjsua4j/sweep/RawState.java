package org.pjsua4j.sweep;

import static org.pjsua4j.raw.pjsua.*;

import org.pjsua4j.raw.SWIGTYPE_p_pj4j_frame_port;
import org.pjsua4j.raw.SWIGTYPE_p_pj4j_tonegen;
import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjsua_config;
import org.pjsua4j.raw.pjsua_media_config;
import org.pjsua4j.raw.pjsua_transport_config;

/**
 * The states of pjsua the raw layer is swept in, and what each holds for cases to use: a pool and a
 * tone generator while pjsua runs (the neutral values for those handles), and handles already
 * released (the "closed object" values for them).
 */
enum RawState {
    BEFORE_CREATE,
    CREATED,
    STARTED,
    DESTROYED;

    /** What {@link #enter} left for the cases. */
    record Handles(SWIGTYPE_p_pj_pool_t pool, SWIGTYPE_p_pj4j_tonegen tonegen, SWIGTYPE_p_pj4j_frame_port framePort,
            SWIGTYPE_p_pj_pool_t releasedPool, SWIGTYPE_p_pj4j_tonegen destroyedTonegen,
            SWIGTYPE_p_pj4j_frame_port destroyedFramePort) {
        static final Handles NONE = new Handles(null, null, null, null, null, null);
    }

    /** Brings this JVM's pjsua into the state. */
    Handles enter() {
        switch (this) {
            case BEFORE_CREATE:
                return Handles.NONE;
            case CREATED:
                pjsua_create();
                return Handles.NONE;
            case STARTED:
                start();
                SWIGTYPE_p_pj_pool_t released = pjsua_pool_create("sweep-released", 512, 512);
                pj_pool_release(released);
                SWIGTYPE_p_pj4j_tonegen destroyed = pj4j_tonegen_create();
                pj4j_tonegen_destroy(destroyed);
                SWIGTYPE_p_pj4j_frame_port destroyedPort = pj4j_frame_port_create(PJ4J_FRAME_SINK, 8000, 20, 4);
                pj4j_frame_port_destroy(destroyedPort);
                return new Handles(pjsua_pool_create("sweep", 512, 512), pj4j_tonegen_create(),
                        pj4j_frame_port_create(PJ4J_FRAME_SINK, 8000, 20, 4), released, destroyed, destroyedPort);
            default:
                start();
                pj4j_destroy();
                return Handles.NONE;
        }
    }

    /** pjsua started as RawPjsua starts it: UDP on 127.0.0.1, null sound device, a local account. */
    private static void start() {
        pjsua_create();
        try (pjsua_config cfg = new pjsua_config(); pjsua_media_config media = new pjsua_media_config()) {
            pjsua_config_default(cfg);
            cfg.setMax_calls(8);
            pjsua_media_config_default(media);
            pjsua_init(cfg, null, media);
        }
        int udp;
        try (pjsua_transport_config tc = new pjsua_transport_config()) {
            pjsua_transport_config_default(tc);
            tc.setPort(0);
            tc.setBound_addr("127.0.0.1");
            tc.setPublic_addr("127.0.0.1");
            udp = pjsua_transport_create(PJSIP_TRANSPORT_UDP, tc);
        }
        pjsua_set_null_snd_dev();
        pjsua_start();
        pjsua_acc_add_local(udp, true);
    }
}
