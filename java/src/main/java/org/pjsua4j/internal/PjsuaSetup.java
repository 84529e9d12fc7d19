package org.pjsua4j.internal;

import java.util.ArrayList;
import java.util.List;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.TlsConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;
import org.pjsua4j.raw.PjsuaCallback;
import org.pjsua4j.raw.PjsuaCallbacks;
import org.pjsua4j.raw.UnhandledRequestListener;
import org.pjsua4j.raw.UnhandledRequests;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_config;
import org.pjsua4j.raw.pjsua_media_config;
import org.pjsua4j.raw.pjsua_transport_config;
import org.pjsua4j.raw.pjsua_transport_info;

/** Starting pjsua from an {@link EndpointConfig}: create, init, timers, transports, start. */
final class PjsuaSetup {
    /** What a started pjsua is like. */
    record Started(List<Transport> transports, int bridgeClockRate) {
    }

    private PjsuaSetup() {
    }

    /** Leaves nothing behind when it fails. */
    static Started start(EndpointConfig config, PjsuaCallback events, UnhandledRequestListener unhandled) {
        pjsua.pjsua_create();
        boolean started = false;
        try {
            int clockRate;
            try (pjsua_config ua = new pjsua_config(); pjsua_media_config media = new pjsua_media_config()) {
                pjsua.pjsua_config_default(ua);
                ua.setMax_calls(config.maxCalls());
                ua.setUser_agent(config.userAgent());
                ua.setNo_refer_sub(config.norefersub());
                List<String> stun = config.stunServers();
                ua.setStun_srv_cnt(stun.size());
                for (int i = 0; i < stun.size(); i++) {
                    ua.set_stun_srv(i, stun.get(i));
                }
                pjsua.pjsua_media_config_default(media);
                media.setNo_vad(!config.vad());
                media.setClock_rate(config.clockRate());
                clockRate = (int) media.getClock_rate();
                PjsuaCallbacks.install(events);
                pjsua.pjsua_init(ua, null, media);
            }
            UnhandledRequests.install(unhandled);
            if (unhandled != null) {
                pjsua.pj4j_unhandled_hold(config.unhandledRequestTimeout().toMillis());
            }
            // pjsip keeps these per process, so every start sets all of them.
            pjsua.pj4j_use_compact_form(config.compactHeaders());
            EndpointConfig.SipTimers timers = config.sipTimers();
            pjsua.pjsip_tsx_set_timers((int) timers.t1().toMillis(), (int) timers.t2().toMillis(), 0,
                    (int) timers.transactionTimeout().toMillis());
            List<Transport> transports = new ArrayList<>();
            for (EndpointConfig.TransportSpec spec : config.transports()) {
                transports.add(createTransport(spec, config.tls()));
            }
            pjsua.pjsua_set_null_snd_dev();
            pjsua.pjsua_start();
            started = true;
            return new Started(List.copyOf(transports), clockRate);
        } finally {
            if (!started) {
                PjsuaCallbacks.install(null);
                UnhandledRequests.install(null);
                pjsua.pj4j_destroy();
            }
        }
    }

    private static Transport createTransport(EndpointConfig.TransportSpec spec, TlsConfig tls) {
        boolean ipv6 = spec.host().contains(":");
        int type = NativeCodes.transportType(spec.type(), ipv6);
        int id;
        try (pjsua_transport_config tc = new pjsua_transport_config()) {
            pjsua.pjsua_transport_config_default(tc);
            tc.setPort(spec.port());
            tc.setBound_addr(spec.host());
            tc.setPublic_addr(spec.host());
            if (spec.type() == TransportType.TLS) {
                TlsSettings.fill(tls, tc.getTls_setting());
                id = TlsSettings.create(type, tc, tls);
            } else {
                id = pjsua.pjsua_transport_create(type, tc);
            }
        }
        try (pjsua_transport_info ti = new pjsua_transport_info()) {
            pjsua.pjsua_transport_get_info(id, ti);
            return new Transport(id, spec.type(), spec.host(), ti.getLocal_name().getPort());
        }
    }
}
