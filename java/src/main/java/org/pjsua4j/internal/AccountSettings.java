package org.pjsua4j.internal;

import java.util.List;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.Credential;
import org.pjsua4j.SessionTimers;
import org.pjsua4j.SrtpConfig;
import org.pjsua4j.SrtpKeying;
import org.pjsua4j.SipHeader;
import org.pjsua4j.Transport;
import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjsip_timer_setting;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_acc_config;
import org.pjsua4j.raw.pjsua_srtp_opt;
import org.pjsua4j.raw.pjsua_transport_config;

/** An {@link AccountConfig} checked and written into a {@code pjsua_acc_config}. */
final class AccountSettings {
    /**
     * Unless the endpoint names its ports, calls' RTP starts at a random port of [RTP_PORT, RTP_PORT +
     * RTP_PORT_RANGE), so that endpoints sharing a host (tests, several applications) seldom collide.
     */
    private static final int RTP_PORT = 20000;
    private static final int RTP_PORT_RANGE = 20000;

    /** What makes an account local in pjsua: its transport, and a priority below the others'. */
    record LocalBinding(Transport transport, int priority) {
        void apply(pjsua_acc_config ac) {
            ac.setTransport_id(transport.id());
            ac.setPriority(priority);
        }
    }

    private AccountSettings() {
    }

    /** @throws IllegalArgumentException naming the first URI pjsip cannot parse */
    static void validate(AccountConfig config) {
        SipUris.require("account id", config.id());
        config.registration().ifPresent(r -> SipUris.require("registrar", r.registrarUri()));
        List<String> proxies = config.proxies();
        for (int i = 0; i < proxies.size(); i++) {
            SipUris.require("proxy[" + i + "]", proxies.get(i));
        }
    }

    /**
     * A configuration for a local account on {@code transport}, which does not register.
     *
     * @throws IllegalArgumentException if it has a registrar, is bound to another transport, or has a
     *         URI pjsip cannot parse
     */
    static void validateLocal(AccountConfig config, Transport transport) {
        if (config.registration().isPresent()) {
            throw new IllegalArgumentException("Endpoint.addLocalAccount: a local account does not register, but config"
                    + " has registrar " + Redact.uri(config.registration().get().registrarUri()));
        }
        if (config.transport() != null && !config.transport().equals(transport)) {
            throw new IllegalArgumentException("Endpoint.addLocalAccount: config is bound to " + config.transport()
                    + ", not to " + transport);
        }
        validate(config);
    }

    /** pjsua_acc_modify with a whole configuration, keeping a local account ({@code binding} not null) local. */
    static void modify(MediaBinding media, int id, AccountConfig config, LocalBinding binding) {
        try (pjsua_acc_config ac = new pjsua_acc_config(); ScratchPool pool = new ScratchPool("pj4j-acc")) {
            pjsua.pjsua_acc_config_default(ac);
            fill(config, media, ac, pool.pool());
            if (binding != null) {
                binding.apply(ac);
            }
            pjsua.pjsua_acc_modify(id, ac);
        }
    }

    /**
     * The pjsua_acc_config for an AccountConfig; the rest stays at pjsua's defaults. The REGISTER
     * headers are allocated from {@code pool}, which must outlive the pjsua_acc_add or
     * pjsua_acc_modify that copies {@code ac}.
     */
    static void fill(AccountConfig config, MediaBinding media, pjsua_acc_config ac, SWIGTYPE_p_pj_pool_t pool) {
        ac.setId(config.id());
        // Retries are scheduled by RetrySchedule, which knows when the next one happens.
        ac.setReg_retry_interval(0);
        ac.setReg_first_retry_interval(0);
        config.registration().ifPresent(r -> {
            ac.setReg_uri(r.registrarUri());
            ac.setReg_timeout(r.timeout());
            ac.setReg_delay_before_refresh(r.refreshBeforeExpiry());
            ac.setUnreg_timeout((int) r.unregisterTimeout().toMillis());
            ac.setAllow_contact_rewrite(r.rewriteContact());
            for (SipHeader h : r.headers()) {
                pjsua.pj4j_acc_config_add_reg_hdr(ac, pool, h.name(), h.value());
            }
        });
        List<String> proxies = config.proxies();
        ac.setProxy_cnt(proxies.size());
        for (int i = 0; i < proxies.size(); i++) {
            ac.set_proxy(i, proxies.get(i));
        }
        List<Credential> creds = config.credentials();
        ac.setCred_count(creds.size());
        for (int i = 0; i < creds.size(); i++) {
            Credential c = creds.get(i);
            var ci = ac.get_cred_info(i);
            ci.setRealm(c.realm());
            ci.setScheme("digest");
            ci.setUsername(c.username());
            ci.setData_type(pjsua.PJSIP_CRED_DATA_PLAIN_PASSWD);
            ci.setData(c.password());
        }
        ac.setRequire_100rel(config.require100rel() ? pjsua.PJSUA_100REL_MANDATORY : pjsua.PJSUA_100REL_NOT_USED);
        ac.setPublish_enabled(config.publish());
        ac.setMwi_enabled(config.messageWaiting());
        SrtpConfig srtp = config.srtp();
        ac.setUse_srtp(NativeCodes.srtpUse(srtp.use()));
        ac.setSrtp_secure_signaling(srtp.secureSignalling().ordinal());
        srtpKeying(srtp.keying(), ac.getSrtp_opt());
        ac.setContact_params(config.contactParams());
        ac.setContact_uri_params(config.contactUriParams());
        if (config.transport() != null) {
            ac.setTransport_id(config.transport().id());
        }
        sessionTimers(config.sessionTimers(), ac);
        config.initialAuthorization().ifPresent(algorithm -> {
            var pref = ac.getAuth_pref();
            pref.setInitial_auth(true);
            pref.setAlgorithm(algorithm);
        });
        pinMedia(media, ac);
    }

    /**
     * The address family of RTP, from the address it is pinned to. Left to pjsua (prefer IPv4), a call
     * we place first resolves this host's name for IPv6 and then IPv4 (pj_gethostip) to pick one: two
     * host lookups per call, seconds each where the name is not in /etc/hosts.
     */
    static int mediaFamily(String mediaAddress) {
        if (IpLiterals.isIpv6(mediaAddress)) {
            return pjsua.PJSUA_IPV6_ENABLED_USE_IPV6_ONLY;
        }
        return IpLiterals.isIpv4(mediaAddress) ? pjsua.PJSUA_IPV6_DISABLED : pjsua.PJSUA_IPV6_ENABLED_PREFER_IPV4;
    }

    private static void srtpKeying(List<SrtpKeying> keying, pjsua_srtp_opt opt) {
        opt.setKeying_count(keying.size());
        for (int i = 0; i < keying.size(); i++) {
            opt.set_keying(i, NativeCodes.srtpKeying(keying.get(i)));
        }
    }

    /** SessionTimers has checked the intervals against pjsip's own asserts (Min-SE >= 90, SE >= Min-SE). */
    private static void sessionTimers(SessionTimers timers, pjsua_acc_config ac) {
        ac.setUse_timer(NativeCodes.sessionTimerUse(timers.mode()));
        pjsip_timer_setting setting = ac.getTimer_setting();
        setting.setMin_se(timers.minSe().getSeconds());
        setting.setSess_expires(timers.sessionExpires().getSeconds());
    }

    /**
     * RTP binds to, and SDP advertises, the endpoint's own address rather than any interface's, on
     * the endpoint's ports if it names them.
     */
    static void pinMedia(MediaBinding media, pjsua_acc_config ac) {
        pjsua_transport_config rtp = ac.getRtp_cfg();
        ac.setIpv6_media_use(mediaFamily(media.address()));
        rtp.setBound_addr(media.address());
        rtp.setPublic_addr(media.address());
        if (media.ports().isPresent()) {
            // pjsua wraps only once its next RTP port is beyond port + port_range, so a pair may
            // start at port + port_range: the range it is given ends one pair early.
            rtp.setPort(media.ports().get().first());
            rtp.setPort_range(media.ports().get().count() - 2);
            rtp.setRandomize_port(false);
        } else {
            rtp.setPort(RTP_PORT);
            rtp.setPort_range(RTP_PORT_RANGE);
            rtp.setRandomize_port(true);
        }
    }
}
