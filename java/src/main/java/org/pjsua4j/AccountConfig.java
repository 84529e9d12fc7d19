package org.pjsua4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pjsua4j.internal.ConfigChecks;
import org.pjsua4j.internal.MediaTimeouts;
import org.pjsua4j.internal.Redact;
import org.pjsua4j.raw.WireText;

/**
 * How an {@link Account} is set up: its SIP URI and, optionally, its registration
 * ({@link RegistrationConfig}), outbound proxies, credentials, and call, presence and media options.
 * Immutable; build with {@link #builder(String)} or use {@link #of(String, String, String)}.
 * {@link #toString()} never shows passwords.
 */
public final class AccountConfig {
    /** pjsua's limit on proxies and on credentials per account (PJSUA_ACC_MAX_PROXIES). */
    public static final int MAX_PROXIES = 8;
    /** Likewise for credentials (the size of pjsua_acc_config.cred_info). */
    public static final int MAX_CREDENTIALS = 8;
    /**
     * pjsua4j's limit on {@link Builder#audioStreams audio streams} per call; pjsua's is 16 media of
     * every kind together.
     */
    public static final int MAX_AUDIO_STREAMS = 4;

    private final String id;
    private final Optional<RegistrationConfig> registration;
    private final List<String> proxies;
    private final List<Credential> credentials;
    private final boolean require100rel;
    private final boolean publish;
    private final boolean messageWaiting;
    private final boolean acceptWatchers;
    private final SrtpConfig srtp;
    private final String contactParams;
    private final String contactUriParams;
    private final Transport transport;
    private final SessionTimers sessionTimers;
    private final Optional<Duration> mediaTimeout;
    private final Duration noAnswerTimeout;
    private final int autoAnswer;
    private final int audioStreams;
    private final Optional<String> initialAuthorization;

    private AccountConfig(Builder b) {
        this.id = b.id;
        this.registration = b.registration;
        this.proxies = List.copyOf(b.proxies);
        this.credentials = List.copyOf(b.credentials);
        this.require100rel = b.require100rel;
        this.publish = b.publish;
        this.messageWaiting = b.messageWaiting;
        this.acceptWatchers = b.acceptWatchers;
        this.srtp = b.srtp;
        this.contactParams = b.contactParams;
        this.contactUriParams = b.contactUriParams;
        this.transport = b.transport;
        this.sessionTimers = b.sessionTimers;
        this.mediaTimeout = b.mediaTimeout;
        this.noAnswerTimeout = b.noAnswerTimeout;
        this.autoAnswer = b.autoAnswer;
        this.audioStreams = b.audioStreams;
        this.initialAuthorization = b.initialAuthorization;
    }

    /**
     * The account of {@code user} at {@code domain}, registering there with digest credentials for
     * any realm.
     *
     * @param domain the SIP domain (host[:port]), also the registrar
     * @param user the user name
     * @param password the password
     * @return the configuration
     */
    public static AccountConfig of(String domain, String user, String password) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(user, "user");
        try {
            return builder("sip:" + user + "@" + domain)
                    .registrar("sip:" + domain)
                    .credential("*", user, password)
                    .build();
        } catch (IllegalArgumentException e) {
            // The checks name what the arguments became (account id, registrar); say which went in.
            throw new IllegalArgumentException("AccountConfig.of(domain, user, password): " + e.getMessage(), e);
        }
    }

    /**
     * @param id the account's SIP URI, e.g. {@code sip:alice@example.org} or
     *        {@code "Alice" <sip:alice@example.org>}
     * @return a builder
     * @throws IllegalArgumentException if id is empty or not one line of at most 256 bytes (pjsip
     *         parses it when the account is added)
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the account's SIP URI */
    public String id() {
        return id;
    }

    /** @return how the account registers, or empty if it does not */
    public Optional<RegistrationConfig> registration() {
        return registration;
    }

    /** @return the outbound proxies every request of the account is routed through, in order */
    public List<String> proxies() {
        return proxies;
    }

    /** @return the credentials */
    public List<Credential> credentials() {
        return credentials;
    }

    /** @return whether calls require reliable provisional responses (RFC 3262, "100rel") */
    public boolean require100rel() {
        return require100rel;
    }

    /** @return whether the account subscribes to message-waiting indications (RFC 3842) */
    public boolean messageWaiting() {
        return messageWaiting;
    }

    /** @return whether SUBSCRIBEs for the account's presence are accepted (200) or refused (403) */
    public boolean acceptWatchers() {
        return acceptWatchers;
    }

    /** @return whether presence is published with PUBLISH (RFC 3903) */
    public boolean publish() {
        return publish;
    }

    /** @return whether and how the account's calls use SRTP */
    public SrtpConfig srtp() {
        return srtp;
    }

    /** @return parameters appended to the Contact header, e.g. {@code ;+sip.instance="<urn:...>"} */
    public String contactParams() {
        return contactParams;
    }

    /** @return parameters appended to the Contact URI, e.g. {@code ;ob} */
    public String contactUriParams() {
        return contactUriParams;
    }

    /** @return the transport every request of the account leaves through, or null to let pjsip choose */
    public Transport transport() {
        return transport;
    }

    /** @return the session timers of the account's calls */
    public SessionTimers sessionTimers() {
        return sessionTimers;
    }

    /**
     * @return the account's media-inactivity hangup timeout (zero: never), or empty to use the
     *         endpoint's {@link EndpointConfig#mediaTimeout()}
     */
    public Optional<Duration> mediaTimeout() {
        return mediaTimeout;
    }

    /** @return how long an incoming call may ring unanswered before pjsua4j answers 480; zero: no limit */
    public Duration noAnswerTimeout() {
        return noAnswerTimeout;
    }

    /**
     * @return the status pjsua4j answers every incoming call with as it arrives, on pjsip's thread
     *         ({@link Builder#autoAnswer}); 0 (default): the application answers
     */
    public int autoAnswer() {
        return autoAnswer;
    }

    /** @return how many audio streams the account's calls offer and answer with; 1 unless set */
    public int audioStreams() {
        return audioStreams;
    }

    /**
     * @return the algorithm named in the Authorization sent unasked with the first request (IMS,
     *         pjsip's {@code auth_pref.initial_auth}), or empty when requests wait for a challenge
     */
    public Optional<String> initialAuthorization() {
        return initialAuthorization;
    }

    @Override
    public String toString() {
        return "AccountConfig[id=" + Redact.uri(id)
                + ", registration=" + registration.map(String::valueOf).orElse("none")
                + ", proxies=" + Redact.uri(String.valueOf(proxies)) + ", credentials=" + credentials
                + ", publish=" + publish + ", messageWaiting=" + messageWaiting + ", acceptWatchers=" + acceptWatchers
                + ", srtp=" + srtp + ", transport=" + transport + ", sessionTimers=" + sessionTimers
                + ", mediaTimeout=" + mediaTimeout.map(Duration::toString).orElse("endpoint's")
                + ", noAnswerTimeout=" + noAnswerTimeout + ", autoAnswer=" + autoAnswer
                + ", audioStreams=" + audioStreams + "]";
    }

    /** Builds an {@link AccountConfig}. Every setter checks its argument at once. */
    public static final class Builder {
        private final String id;
        private Optional<RegistrationConfig> registration = Optional.empty();
        private final List<String> proxies = new ArrayList<>();
        private final List<Credential> credentials = new ArrayList<>();
        private boolean require100rel;
        private boolean publish;
        private boolean messageWaiting;
        private boolean acceptWatchers = true;
        private SrtpConfig srtp = SrtpConfig.DISABLED;
        private String contactParams = "";
        private String contactUriParams = "";
        private Transport transport;
        private SessionTimers sessionTimers = SessionTimers.DEFAULT;
        private Optional<Duration> mediaTimeout = Optional.empty();
        private Duration noAnswerTimeout = Duration.ZERO;
        private int autoAnswer;
        private int audioStreams = 1;
        private Optional<String> initialAuthorization = Optional.empty();

        private Builder(String id) {
            this.id = WireText.uri("account id", id);
        }

        /**
         * Registers the account at {@code uri} with {@link RegistrationConfig}'s defaults, as
         * {@code registration(RegistrationConfig.of(uri))}.
         *
         * @param uri the registrar's SIP URI, e.g. sip:example.org
         * @return this builder
         * @throws IllegalArgumentException if uri is empty or not one line of at most 256 bytes
         */
        public Builder registrar(String uri) {
            return registration(RegistrationConfig.of(uri));
        }

        /**
         * @param registration how the account registers; without one it does not (default: none)
         * @return this builder
         */
        public Builder registration(RegistrationConfig registration) {
            this.registration = Optional.of(Objects.requireNonNull(registration, "registration"));
            return this;
        }

        /**
         * Adds an outbound proxy; requests, REGISTER included, carry a Route set of all proxies in the
         * order added. A proxy URI without {@code ;lr} gets it added (loose routing).
         *
         * @param uri the proxy's SIP URI, e.g. {@code sip:proxy.example.org;transport=tcp}
         * @return this builder
         * @throws IllegalArgumentException if there are already {@link #MAX_PROXIES}, or uri is empty or
         *         not one line of at most 256 bytes
         */
        public Builder proxy(String uri) {
            WireText.uri("proxy[" + proxies.size() + "]", uri);
            ConfigChecks.room(proxies, MAX_PROXIES, "proxies");
            proxies.add(uri);
            return this;
        }

        /**
         * Adds a digest credential; add one per realm when the registrar and proxies challenge with
         * different realms.
         *
         * @param realm the realm, or "*" for any
         * @param username the user name
         * @param password the password
         * @return this builder
         * @throws IllegalArgumentException if there are already {@link #MAX_CREDENTIALS}, or a part is
         *         not one line of at most 1024 bytes
         */
        public Builder credential(String realm, String username, String password) {
            ConfigChecks.room(credentials, MAX_CREDENTIALS, "credentials");
            credentials.add(new Credential(realm, username, password));
            return this;
        }

        /**
         * @param required whether calls require reliable provisional responses (100rel, RFC 3262)
         * @return this builder
         */
        public Builder require100rel(boolean required) {
            this.require100rel = required;
            return this;
        }

        /**
         * @param enabled whether the account publishes its presence with PUBLISH (default off)
         * @return this builder
         */
        public Builder publish(boolean enabled) {
            this.publish = enabled;
            return this;
        }

        /**
         * @param enabled whether the account subscribes to its message-waiting indications (RFC 3842,
         *        {@code Event: message-summary}) at its own URI once registered (default off); the
         *        NOTIFYs arrive as {@link AccountListener#onMessageWaiting}. pjsua subscribes only for
         *        an account with a registrar. Unsolicited NOTIFYs arrive either way.
         * @return this builder
         */
        public Builder messageWaiting(boolean enabled) {
            this.messageWaiting = enabled;
            return this;
        }

        /**
         * @param accept whether a SUBSCRIBE for the account's presence is accepted (200, default),
         *        or refused with 403; either way the listener hears of it
         *        ({@link AccountListener#onWatcher})
         * @return this builder
         */
        public Builder acceptWatchers(boolean accept) {
            this.acceptWatchers = accept;
            return this;
        }

        /**
         * @param srtp whether and how the account's calls use SRTP (default
         *        {@link SrtpConfig#DISABLED})
         * @return this builder
         */
        public Builder srtp(SrtpConfig srtp) {
            this.srtp = Objects.requireNonNull(srtp, "srtp");
            return this;
        }

        /**
         * @param params appended to the Contact header, starting with ';'
         * @return this builder
         * @throws IllegalArgumentException if not empty and not starting with ';', or not one line of
         *         at most 1024 bytes
         */
        public Builder contactParams(String params) {
            this.contactParams = ConfigChecks.parameters("contactParams", params);
            return this;
        }

        /**
         * @param params appended to the Contact URI, starting with ';'
         * @return this builder
         * @throws IllegalArgumentException if not empty and not starting with ';', or not one line of
         *         at most 1024 bytes
         */
        public Builder contactUriParams(String params) {
            this.contactUriParams = ConfigChecks.parameters("contactUriParams", params);
            return this;
        }

        /**
         * @param transport the transport all the account's requests leave through (default: pjsip
         *        picks one per destination)
         * @return this builder
         */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * @param timers the session timers (RFC 4028) of the account's calls (default
         *        {@link SessionTimers#DEFAULT}, pjsua's: optional, 1800 s, Min-SE 90 s)
         * @return this builder
         */
        public Builder sessionTimers(SessionTimers timers) {
            this.sessionTimers = Objects.requireNonNull(timers, "sessionTimers");
            return this;
        }

        /**
         * Overrides the endpoint's {@link EndpointConfig.Builder#mediaTimeout media-inactivity hangup}
         * for this account's calls, e.g. off for a trunk whose peer stops RTP during silence, or shorter
         * for an unattended service.
         *
         * @param timeout zero to never hang up, otherwise 1 s to 1 day
         * @return this builder
         * @throws IllegalArgumentException naming mediaTimeout if it is negative, below 1 s or above a day
         */
        public Builder mediaTimeout(Duration timeout) {
            this.mediaTimeout = Optional.of(MediaTimeouts.check("mediaTimeout", timeout));
            return this;
        }

        /**
         * Answers 480 to an incoming call nobody answered within {@code timeout} ({@link
         * EndReason#NO_ANSWER}). pjsua rings until the caller gives up, which a vanished one never does.
         *
         * @param timeout zero to let calls ring as long as the caller wants (default), else 1 s to 1 day
         * @return this builder
         * @throws IllegalArgumentException naming noAnswerTimeout if it is negative, below 1 s or above a day
         */
        public Builder noAnswerTimeout(Duration timeout) {
            this.noAnswerTimeout = MediaTimeouts.check("noAnswerTimeout", timeout);
            return this;
        }

        /**
         * Answers every incoming call with {@code code} as pjsua receives it, on pjsip's own thread, as
         * pjsua's app does with {@code --auto-answer}: an answering machine, IVR or test peer then
         * needs no event thread per call. The account's listener still hears of the call
         * ({@link AccountListener#onIncomingCall}, on an event thread as always) when it overrides that
         * method, and finds it answered or about to be (the two run at once: an answer the listener
         * sends first wins, and pjsua's refusal of the automatic one is logged); a listener that
         * leaves that method at its default is not woken. {@link #noAnswerTimeout} still limits a
         * call answered provisionally.
         *
         * @param code 0 (default) to let the application answer; else a SIP status code, 100..699:
         *        provisional (180, 183), 200, or an error code to reject every call (486 for "do not
         *        disturb")
         * @return this builder
         * @throws IllegalArgumentException naming autoAnswer if code is neither 0 nor 100..699
         */
        public Builder autoAnswer(int code) {
            if (code != 0 && (code < 100 || code > 699)) {
                throw new IllegalArgumentException("autoAnswer must be 0 or a SIP status code 100..699, not " + code);
            }
            this.autoAnswer = code;
            return this;
        }

        /**
         * Offers (and answers with) this many audio streams, pjsua's {@code aud_cnt}, as its app's
         * {@code --extra-audio} does for two: a peer may take any of them. pjsua connects the first
         * one the peer took to the call's conference port, which is what {@link CallInfo#audio()}
         * reports and the call's media attach to; the others are negotiated and carry no audio.
         *
         * @param count 1 (default) to {@value #MAX_AUDIO_STREAMS}
         * @return this builder
         * @throws IllegalArgumentException naming audioStreams if count is out of range
         */
        public Builder audioStreams(int count) {
            if (count < 1 || count > MAX_AUDIO_STREAMS) {
                throw new IllegalArgumentException("audioStreams must be 1.." + MAX_AUDIO_STREAMS + ", not " + count);
            }
            this.audioStreams = count;
            return this;
        }

        /**
         * Sends an Authorization header with the first request, before any challenge, as IMS
         * (3GPP TS 24.229) requires of a REGISTER: pjsip's {@code pjsip_auth_clt_pref} with
         * {@code initial_auth}. Its username and realm are the first credential's.
         *
         * @param algorithm the algorithm to name, e.g. {@code AKAv1-MD5}, or "" for none
         * @return this builder
         * @throws IllegalArgumentException if algorithm is not a SIP token (or empty)
         */
        public Builder initialAuthorization(String algorithm) {
            if (!algorithm.isEmpty()) {
                WireText.token("initialAuthorization algorithm", algorithm);
            }
            this.initialAuthorization = Optional.of(algorithm);
            return this;
        }

        /** @return the configuration */
        public AccountConfig build() {
            return new AccountConfig(this);
        }
    }
}
