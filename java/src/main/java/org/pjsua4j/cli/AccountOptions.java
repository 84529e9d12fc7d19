package org.pjsua4j.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.RegistrationConfig;
import org.pjsua4j.SessionTimerMode;
import org.pjsua4j.SessionTimers;
import org.pjsua4j.SignallingSecurity;
import org.pjsua4j.SrtpConfig;
import org.pjsua4j.SrtpKeying;
import org.pjsua4j.SrtpUse;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/** The accounts pjsua's options describe: the one of --id, and the local one of each transport. */
final class AccountOptions {
    private AccountOptions() {
    }

    /** The account of --id, with its registration, proxies, credential and presence options. */
    static AccountConfig withId(Options options) {
        AccountConfig.Builder b = AccountConfig.builder(options.get("id", ""));
        if (options.has("registrar")) {
            RegistrationConfig.Builder registration = RegistrationConfig.builder(options.get("registrar", ""));
            if (options.has("reg-timeout")) {
                registration.timeout(options.number("reg-timeout", 0, 1, Integer.MAX_VALUE));
            }
            if (options.number("auto-update-nat", 1, 0, 2) == 2) {
                throw new IllegalArgumentException("--auto-update-nat=2 (rewrite even a public Contact): not"
                        + " supported by pjsua4j yet");
            }
            registration.rewriteContact(options.number("auto-update-nat", 1, 0, 2) == 1);
            b.registration(registration.build());
        } else {
            for (String name : List.of("reg-timeout", "auto-update-nat")) {
                if (options.has(name)) {
                    throw new IllegalArgumentException("--" + name + " needs --registrar: without one the account"
                            + " does not register");
                }
            }
        }
        outbound(b, options);
        for (String proxy : options.all("proxy")) {
            b.proxy(proxy);
        }
        credentials(b, options);
        if (options.has("use-ims")) {
            // pjsua's --use-ims: an Authorization with the first REGISTER, naming no algorithm.
            b.initialAuthorization("");
        }
        b.contactParams(options.get("contact-params", ""));
        b.contactUriParams(options.get("contact-uri-params", ""));
        b.publish(options.has("publish"));
        b.messageWaiting(options.has("mwi"));
        return callSettings(b, options).build();
    }

    /**
     * pjsua's credentials: --realm, --username and --password fill one, and --next-cred starts the
     * next; a realm not given is "*".
     */
    private static void credentials(AccountConfig.Builder b, Options options) {
        String[] current = null;
        for (Map.Entry<String, String> o : options.inOrder()) {
            int part = List.of("realm", "username", "password").indexOf(o.getKey());
            if (o.getKey().equals("next-cred")) {
                add(b, current);
                current = null;
            } else if (part >= 0) {
                if (current == null) {
                    current = new String[] {"*", "", ""};
                }
                current[part] = o.getValue();
            }
        }
        add(b, current);
    }

    private static void add(AccountConfig.Builder b, String[] credential) {
        if (credential != null && !(credential[1].isEmpty() && credential[2].isEmpty())) {
            b.credential(credential[0], credential[1], credential[2]);
        }
    }

    /** pjsua's local account for a transport, named as pjsua_acc_add_local names it. */
    static AccountConfig local(Transport transport, Options options) {
        String param = transport.type() == TransportType.UDP ? ""
                : ";transport=" + transport.type().name().toLowerCase(java.util.Locale.ROOT);
        AccountConfig.Builder b = AccountConfig.builder("<sip:" + transport.hostPort() + param + ">").transport(transport);
        outbound(b, options);
        return callSettings(b, options).build();
    }

    /** pjsua's global outbound proxies come first in every account's route set, the local ones' too. */
    private static void outbound(AccountConfig.Builder b, Options options) {
        for (String proxy : options.all("outbound")) {
            b.proxy(proxy);
        }
    }

    /**
     * What pjsua applies to every account, the local ones included: 100rel, SRTP, session timers,
     * audio streams.
     */
    private static AccountConfig.Builder callSettings(AccountConfig.Builder b, Options options) {
        b.require100rel(options.has("use-100rel"));
        b.srtp(new SrtpConfig(srtpUse(options), srtpSecure(options), srtpKeying(options)));
        b.sessionTimers(sessionTimers(options));
        // Each --extra-audio adds a stream, as in pjsua.
        b.audioStreams(1 + options.all("extra-audio").size());
        return b;
    }

    private static SrtpUse srtpUse(Options options) {
        switch (options.number("use-srtp", 0, 0, 3)) {
            case 0:
                return SrtpUse.DISABLED;
            case 2:
                return SrtpUse.MANDATORY;
            default:
                // 1, and 3: that asks for a duplicated offer, which pjsua's SDP code has left out since
                // its ticket 1185 (srtp_optional_dup_offer "will be ignored"), so pjsua offers as for 1.
                return SrtpUse.OPTIONAL;
        }
    }

    /** pjsua's default is 1: SRTP only on secure (TLS) signaling; 2 needs sips: end to end. */
    private static SignallingSecurity srtpSecure(Options options) {
        return SignallingSecurity.values()[options.number("srtp-secure", 1, 0, 2)];
    }

    /** pjsua's --srtp-keying=1 puts DTLS before SDES; 0 keeps pjsua's order. */
    private static List<SrtpKeying> srtpKeying(Options options) {
        return options.number("srtp-keying", 0, 0, 1) == 1 ? List.of(SrtpKeying.DTLS, SrtpKeying.SDES)
                : SrtpConfig.DEFAULT_KEYING;
    }

    private static SessionTimers sessionTimers(Options options) {
        SessionTimerMode mode = SessionTimerMode.values()[options.number("use-timer", 1, 0, 3)];
        SessionTimers defaults = SessionTimers.DEFAULT;
        long se = options.number("timer-se", (int) defaults.sessionExpires().toSeconds(), 1, Integer.MAX_VALUE);
        long minSe = options.number("timer-min-se", (int) defaults.minSe().toSeconds(), 1, Integer.MAX_VALUE);
        return new SessionTimers(mode, Duration.ofSeconds(se), Duration.ofSeconds(minSe));
    }
}
