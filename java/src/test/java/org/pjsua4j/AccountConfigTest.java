package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_acc_config;

/** Every AccountConfig setting reaches pjsua, and bad settings are refused naming what was wrong. */
class AccountConfigTest extends EndpointOnLoopback {

    @Test
    void everySettingReachesPjsua() {
        Transport tcp = ep.transports().get(1);
        // Everything goes through the first proxy, where nobody listens: registration is not the point.
        AccountConfig config = AccountConfig.builder("\"Hal\" <sip:hal@127.0.0.1>")
                .registration(RegistrationConfig.builder("sip:127.0.0.1")
                        .timeout(120)
                        .refreshBeforeExpiry(15)
                        .retry(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(3))
                        .unregisterTimeout(Duration.ofMillis(1500))
                        .rewriteContact(false)
                        .build())
                .proxy("sip:127.0.0.1:5999")
                .proxy("sip:127.0.0.2:5999;lr")
                .credential("example.org", "hal", "hal-pw")
                .credential("*", "hal-any", "other-pw")
                .require100rel(true)
                .publish(true)
                .messageWaiting(true)
                .srtp(SrtpConfig.of(SrtpUse.OPTIONAL, SignallingSecurity.NONE))
                .contactParams(";+sip.instance=\"<urn:uuid:00000000-0000-0000-0000-000000000001>\"")
                .contactUriParams(";ob")
                .transport(tcp)
                .sessionTimers(new SessionTimers(SessionTimerMode.ALWAYS, Duration.ofSeconds(600), Duration.ofSeconds(120)))
                .mediaTimeout(Duration.ofSeconds(45))
                .build();
        Account hal = ep.addAccount(config, new AccountListener() { });

        SWIGTYPE_p_pj_pool_t pool = pjsua.pjsua_pool_create("test", 1024, 1024);
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua.pjsua_acc_get_config(hal.id(), pool, ac);
            assertEquals("\"Hal\" <sip:hal@127.0.0.1>", ac.getId());
            assertEquals("sip:127.0.0.1", ac.getReg_uri());
            assertEquals(2, ac.getProxy_cnt());
            assertEquals("sip:127.0.0.1:5999;lr", ac.get_proxy(0), "loose routing added");
            assertEquals("sip:127.0.0.2:5999;lr", ac.get_proxy(1));
            assertEquals(2, ac.getCred_count());
            assertEquals("example.org", ac.get_cred_info(0).getRealm());
            assertEquals("hal", ac.get_cred_info(0).getUsername());
            assertEquals("hal-pw", ac.get_cred_info(0).getData());
            assertEquals("*", ac.get_cred_info(1).getRealm());
            assertEquals(120, ac.getReg_timeout());
            assertEquals(15, ac.getReg_delay_before_refresh());
            assertEquals(0, ac.getReg_retry_interval(), "retries are scheduled by pjsua4j");
            assertEquals(1500, ac.getUnreg_timeout());
            assertFalse(ac.getAllow_contact_rewrite());
            assertEquals(pjsua.PJSUA_100REL_MANDATORY, ac.getRequire_100rel());
            assertTrue(ac.getPublish_enabled());
            assertTrue(ac.getMwi_enabled());
            assertEquals(pjsua.PJMEDIA_SRTP_OPTIONAL, ac.getUse_srtp());
            assertEquals(0, ac.getSrtp_secure_signaling());
            assertTrue(ac.getContact_params().startsWith(";+sip.instance="));
            assertEquals(";ob", ac.getContact_uri_params());
            assertEquals(tcp.id(), ac.getTransport_id());
            assertEquals(pjsua.PJSUA_SIP_TIMER_ALWAYS, ac.getUse_timer());
            assertEquals(600, ac.getTimer_setting().getSess_expires());
            assertEquals(120, ac.getTimer_setting().getMin_se());
        } finally {
            pjsua.pj_pool_release(pool);
        }
        org.junit.jupiter.api.Assertions.assertSame(config, hal.config());
        assertEquals(Duration.ofSeconds(45), hal.config().mediaTimeout().orElseThrow());
    }

    @Test
    void registrationAndSrtpDefaultsArePjsuas() {
        RegistrationConfig reg = RegistrationConfig.of("sip:127.0.0.1");
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua.pjsua_acc_config_default(ac);
            assertEquals(ac.getReg_timeout(), reg.timeout());
            assertEquals(ac.getReg_delay_before_refresh(), reg.refreshBeforeExpiry());
            assertEquals(ac.getUnreg_timeout(), reg.unregisterTimeout().toMillis());
            assertEquals(ac.getUse_srtp(), pjsua.PJMEDIA_SRTP_DISABLED);
            assertEquals(ac.getSrtp_secure_signaling(), SrtpConfig.DISABLED.secureSignalling().ordinal());
            // None listed: pjmedia then takes every method in the order of its enum.
            assertEquals(0, ac.getSrtp_opt().getKeying_count());
            assertEquals(List.of(0, 1), List.of(pjsua.PJMEDIA_SRTP_KEYING_SDES, pjsua.PJMEDIA_SRTP_KEYING_DTLS_SRTP));
        }
        assertEquals(SrtpConfig.DEFAULT_KEYING, SrtpConfig.of(SrtpUse.MANDATORY).keying());
        assertEquals("sip:127.0.0.1", AccountConfig.builder("sip:x@127.0.0.1").registrar("sip:127.0.0.1").build()
                .registration().orElseThrow().registrarUri());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> SrtpConfig.DISABLED.withKeying(List.of(SrtpKeying.SDES, SrtpKeying.SDES)));
        assertTrue(twice.getMessage().startsWith("srtp keying "), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SrtpConfig.DISABLED.withKeying(List.of()));
    }

    @Test
    void sessionTimerModesReachPjsuaAndTheDefaultIsPjsuas() {
        SWIGTYPE_p_pj_pool_t pool = pjsua.pjsua_pool_create("test", 1024, 1024);
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua.pjsua_acc_config_default(ac);
            assertEquals(SessionTimers.DEFAULT, new SessionTimers(SessionTimerMode.OPTIONAL,
                    Duration.ofSeconds(ac.getTimer_setting().getSess_expires()),
                    Duration.ofSeconds(ac.getTimer_setting().getMin_se())));
            assertEquals(pjsua.PJSUA_SIP_TIMER_OPTIONAL, ac.getUse_timer());
            int[] expected = {pjsua.PJSUA_SIP_TIMER_INACTIVE, pjsua.PJSUA_SIP_TIMER_OPTIONAL,
                pjsua.PJSUA_SIP_TIMER_REQUIRED, pjsua.PJSUA_SIP_TIMER_ALWAYS};
            for (SessionTimerMode mode : SessionTimerMode.values()) {
                Account a = ep.addAccount(AccountConfig.builder("sip:st-" + mode + "@127.0.0.1")
                        .sessionTimers(SessionTimers.of(mode)).build(), new AccountListener() { });
                pjsua.pjsua_acc_get_config(a.id(), pool, ac);
                assertEquals(expected[mode.ordinal()], ac.getUse_timer(), mode.toString());
            }
        } finally {
            pjsua.pj_pool_release(pool);
        }
        assertTrue(AccountConfig.builder("sip:x@127.0.0.1").build().mediaTimeout().isEmpty(),
                "the endpoint's timeout applies unless the account sets one");
    }

    @Test
    void aMediaTimeoutIsZeroOrOneSecondToADay() {
        AccountConfig.Builder b = AccountConfig.builder("sip:ida@127.0.0.1");
        assertEquals(Duration.ZERO, b.mediaTimeout(Duration.ZERO).build().mediaTimeout().orElseThrow());
        assertEquals(Duration.ofDays(1), b.mediaTimeout(Duration.ofDays(1)).build().mediaTimeout().orElseThrow());
        for (Duration bad : new Duration[] {Duration.ofMillis(999), Duration.ofSeconds(-1), Duration.ofDays(1).plusNanos(1),
            Duration.ofSeconds(Long.MAX_VALUE)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.mediaTimeout(bad));
            assertTrue(e.getMessage().startsWith("mediaTimeout "), e.getMessage());
        }
        assertEquals("mediaTimeout", assertThrows(NullPointerException.class, () -> b.mediaTimeout(null)).getMessage());
        assertEquals("sessionTimers", assertThrows(NullPointerException.class, () -> b.sessionTimers(null)).getMessage());
    }

    @Test
    void audioStreamsAreOneUnlessSetAndAtMostFour() {
        AccountConfig.Builder b = AccountConfig.builder("sip:ida@127.0.0.1");
        assertEquals(1, b.build().audioStreams());
        assertEquals(AccountConfig.MAX_AUDIO_STREAMS, b.audioStreams(AccountConfig.MAX_AUDIO_STREAMS).build()
                .audioStreams());
        for (int bad : new int[] {0, -1, AccountConfig.MAX_AUDIO_STREAMS + 1, Integer.MAX_VALUE}) {
            assertEquals("audioStreams must be 1..4, not " + bad,
                    assertThrows(IllegalArgumentException.class, () -> b.audioStreams(bad)).getMessage());
        }
    }

    @Test
    void malformedSettingsNameTheField() {
        AccountListener none = new AccountListener() { };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ep.addAccount(
                AccountConfig.builder("sip:ida@127.0.0.1").registrar("sip:127.0.0.1").proxy("sip:127.0.0.1")
                        .proxy("not a uri").build(), none));
        assertTrue(e.getMessage().startsWith("proxy[1] 'not a uri'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ep.addAccount(
                AccountConfig.builder("sip:ida@127.0.0.1").registrar("sip:<broken").build(), none));
        assertTrue(e.getMessage().startsWith("registrar "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ep.addAccount(
                AccountConfig.builder("sip:ida:s3cret@@").build(), none));
        assertTrue(e.getMessage().startsWith("account id "), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertEquals(0, ep.accounts().size());

        AccountConfig.Builder b = AccountConfig.builder("sip:ida@127.0.0.1");
        assertThrows(IllegalArgumentException.class, () -> b.contactParams("no-semicolon"));
        RegistrationConfig.Builder r = RegistrationConfig.builder("sip:127.0.0.1");
        assertThrows(IllegalArgumentException.class, () -> r.retry(Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> r.timeout(0));
        for (int i = 0; i < AccountConfig.MAX_PROXIES; i++) {
            b.proxy("sip:127.0.0.1:" + (6000 + i));
        }
        assertThrows(IllegalArgumentException.class, () -> b.proxy("sip:127.0.0.1:7000"));
    }

    @Test
    void aPasswordInTheUriStaysOutOfToString() {
        AccountConfig config = AccountConfig.builder("sip:joe:uri-secret@127.0.0.1").build();
        Account joe = ep.addAccount(config, new AccountListener() { });
        String text = config + " " + joe;
        assertFalse(text.contains("uri-secret"), text);
        assertTrue(text.contains("sip:joe:***@127.0.0.1"), text);
    }
}
