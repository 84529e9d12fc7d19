package org.pjsua4j.bench;

import static org.pjsua4j.raw.pjsua.*;

import org.pjsua4j.raw.PjsuaCallback;
import org.pjsua4j.raw.PjsuaCallbacks;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_rx_data;
import org.pjsua4j.raw.pjsua_acc_config;
import org.pjsua4j.raw.pjsua_config;
import org.pjsua4j.raw.pjsua_media_config;
import org.pjsua4j.raw.pjsua_transport_config;

/**
 * The same auto-answering UAS as {@link FacadeUas} on the raw layer, set up as the facade sets up
 * pjsua (same limits, VAD off, null sound device, each call's audio connected both ways to it, as
 * the native pjsua app does): {@code RawUas PORT}.
 */
public final class RawUas {
    private RawUas() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        pjsua_create();
        try (pjsua_config cfg = new pjsua_config(); pjsua_media_config media = new pjsua_media_config()) {
            pjsua_config_default(cfg);
            cfg.setMax_calls(UasProcess.MAX_CALLS);
            pjsua_media_config_default(media);
            media.setNo_vad(true);
            PjsuaCallbacks.install(new Answering());
            pjsua_init(cfg, null, media);
        }
        int udp;
        try (pjsua_transport_config tc = new pjsua_transport_config()) {
            pjsua_transport_config_default(tc);
            tc.setPort(port);
            tc.setBound_addr("127.0.0.1");
            tc.setPublic_addr("127.0.0.1");
            udp = pjsua_transport_create(PJSIP_TRANSPORT_UDP, tc);
        }
        pjsua_set_null_snd_dev();
        pjsua_start();
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            ac.setId("sip:" + UasProcess.USER + "@127.0.0.1:" + port);
            ac.setTransport_id(udp);
            ac.getRtp_cfg().setBound_addr("127.0.0.1");
            ac.getRtp_cfg().setPublic_addr("127.0.0.1");
            pjsua_acc_add(ac, true);
        }
        UasProcess.serveUntilStdinEnds();
        PjsuaCallbacks.install(null);
        pj4j_destroy();
    }

    /** Answers on pjsip's thread and bridges the call's audio to the null device once media is up. */
    private static final class Answering implements PjsuaCallback {
        @Override
        public void on_incoming_call(int accId, int callId, SWIGTYPE_p_pjsip_rx_data rdata) {
            pjsua_call_answer(callId, 200, null, null);
        }

        @Override
        public void on_call_media_state(int callId) {
            int port = pjsua_call_get_conf_port(callId);
            if (port >= 0) {
                pjsua_conf_connect(port, 0);
                pjsua_conf_connect(0, port);
            }
        }
    }
}
