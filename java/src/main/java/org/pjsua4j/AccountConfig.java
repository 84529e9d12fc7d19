package org.pjsua4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pjsua4j.internal.ConfigChecks;
import org.pjsua4j.internal.MediaTimeouts;
import org.pjsua4j.internal.Redact;
import org.pjsua4j.raw.WireText;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link Account} is set up: its SIP URI and, optionally, a registrar, outbound proxies,
 * credentials and registration, presence and media options. Immutable; build with
 * {@link #builder(String)} or use {@link #of(String, String, String)}. {@link #toString()} never shows
 * passwords.
 */
public final class AccountConfig {
    /** pjsua's limit on proxies and on credentials per account (PJSUA_ACC_MAX_PROXIES). */
    public static final int MAX_PROXIES = 8;
    /** Likewise for credentials (the size of pjsua_acc_config.cred_info). */
    public static final int MAX_CREDENTIALS = 8;

    private final String id;
    private final String registrarUri;
    private final List<String> proxies;
    private final List<Credential> credentials;
    private final int registrationTimeout;
    private final int refreshBeforeExpiry;
    private final Duration firstRetryInterval;
    private final Duration retryInterval;
    private final Duration retryJitter;
    private final Duration unregisterTimeout;
    private final boolean require100rel;
    private final boolean publish;
    private final boolean messageWaiting;
    private final boolean acceptWatchers;
    private final SrtpUse srtp;
    private final SignallingSecurity srtpSecureSignalling;
    private final List<SrtpKeying> srtpKeying;
    private final String contactParams;
    private final String contactUriParams;
    private final Transport transport;
    private final SessionTimers sessionTimers;
    private final Optional<Duration> mediaTimeout;
    private final List<SipHeader> registrationHeaders;
    private final Optional<String> initialAuthorization;

    /**
     * A digest credential.
     *
     * @param realm the realm, or "*" for any
     * @param username the user name
     * @param password the password (never printed)
     */
    public record Credential(String realm, String username, String password) {
        /**
         * @throws NullPointerException if any part is null
         * @throws IllegalArgumentException if a part is not one line of at most 1024 bytes (the realm
         *         and user name go into Authorization headers)
         */
        public Credential {
            WireText.line("credential realm", realm);
            WireText.line("credential username", username);
            WireText.line("credential password", password);
        }

        @Override
        public String toString() {
            return "Credential[realm=" + realm + ", username=" + username + "]";
        }
    }

    private AccountConfig(Builder b) {
        this.id = b.id;
        this.registrarUri = b.registrarUri;
        this.proxies = List.copyOf(b.proxies);
        this.credentials = List.copyOf(b.credentials);
        this.registrationTimeout = b.registrationTimeout;
        this.refreshBeforeExpiry = b.refreshBeforeExpiry;
        this.firstRetryInterval = b.firstRetryInterval;
        this.retryInterval = b.retryInterval;
        this.retryJitter = b.retryJitter;
        this.unregisterTimeout = b.unregisterTimeout;
        this.require100rel = b.require100rel;
        this.publish = b.publish;
        this.messageWaiting = b.messageWaiting;
        this.acceptWatchers = b.acceptWatchers;
        this.srtp = b.srtp;
        this.srtpSecureSignalling = b.srtpSecureSignalling;
        this.srtpKeying = List.copyOf(b.srtpKeying);
        this.contactParams = b.contactParams;
        this.contactUriParams = b.contactUriParams;
        this.transport = b.transport;
        this.sessionTimers = b.sessionTimers;
        this.mediaTimeout = b.mediaTimeout;
        this.registrationHeaders = List.copyOf(b.registrationHeaders);
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

    /** @return the registrar URI, or null if the account does not register */
    public String registrarUri() {
        return registrarUri;
    }

    /** @return the outbound proxies every request of the account is routed through, in order */
    public List<String> proxies() {
        return proxies;
    }

    /** @return the credentials */
    public List<Credential> credentials() {
        return credentials;
    }

    /** @return requested registration lifetime in seconds */
    public int registrationTimeout() {
        return registrationTimeout;
    }

    /** @return seconds before expiry at which the registration is refreshed */
    public int refreshBeforeExpiry() {
        return refreshBeforeExpiry;
    }

    /** @return wait before the first retry after a failed registration */
    public Duration firstRetryInterval() {
        return firstRetryInterval;
    }

    /** @return wait between later retries */
    public Duration retryInterval() {
        return retryInterval;
    }

    /** @return the most a retry is moved earlier or later at random, so clients do not retry in step */
    public Duration retryJitter() {
        return retryJitter;
    }

    /** @return how long closing the account waits for the unregistration's response */
    public Duration unregisterTimeout() {
        return unregisterTimeout;
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

    /** @return SRTP use for the account's calls */
    public SrtpUse srtp() {
        return srtp;
    }

    /**
     * @return the signalling security a call needs before it uses SRTP ({@code srtp_secure_signaling}):
     *         with less, a {@link SrtpUse#MANDATORY} call fails and an {@link SrtpUse#OPTIONAL} one
     *         falls back to plain RTP
     */
    public SignallingSecurity srtpSecureSignalling() {
        return srtpSecureSignalling;
    }

    /** @return the SRTP keying methods offered and accepted, in order of preference */
    public List<SrtpKeying> srtpKeying() {
        return srtpKeying;
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

    /** @return headers added to every REGISTER of the account, e.g. {@code Supported: path} */
    public List<SipHeader> registrationHeaders() {
        return registrationHeaders;
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
        return "AccountConfig[id=" + Redact.uri(id) + ", registrar=" + Redact.uri(registrarUri) + ", proxies="
                + Redact.uri(String.valueOf(proxies))
                + ", credentials=" + credentials + ", registrationTimeout=" + registrationTimeout
                + ", retryInterval=" + retryInterval + ", publish=" + publish + ", messageWaiting=" + messageWaiting
                + ", acceptWatchers=" + acceptWatchers + ", srtp=" + srtp
                + ", srtpSecureSignalling=" + srtpSecureSignalling + ", srtpKeying=" + srtpKeying
                + ", transport=" + transport + ", sessionTimers=" + sessionTimers
                + ", mediaTimeout=" + mediaTimeout.map(Duration::toString).orElse("endpoint's") + "]";
    }

    /** Builds an {@link AccountConfig}. Every setter checks its argument at once. */
    public static final class Builder {
        private final String id;
        private String registrarUri;
        private final List<String> proxies = new ArrayList<>();
        private final List<Credential> credentials = new ArrayList<>();
        private int registrationTimeout = 300;
        private int refreshBeforeExpiry = 5;
        private Duration firstRetryInterval = Duration.ZERO;
        private Duration retryInterval = Duration.ofSeconds(300);
        private Duration retryJitter = Duration.ofSeconds(10);
        private Duration unregisterTimeout = Duration.ofSeconds(4);
        private boolean require100rel;
        private boolean publish;
        private boolean messageWaiting;
        private boolean acceptWatchers = true;
        private SrtpUse srtp = SrtpUse.DISABLED;
        private SignallingSecurity srtpSecureSignalling = SignallingSecurity.TLS_HOP;
        private List<SrtpKeying> srtpKeying = List.of(SrtpKeying.SDES, SrtpKeying.DTLS);
        private String contactParams = "";
        private String contactUriParams = "";
        private Transport transport;
        private SessionTimers sessionTimers = SessionTimers.DEFAULT;
        private Optional<Duration> mediaTimeout = Optional.empty();
        private final List<SipHeader> registrationHeaders = new ArrayList<>();
        private Optional<String> initialAuthorization = Optional.empty();

        private Builder(String id) {
            this.id = WireText.uri("account id", id);
        }

        /**
         * @param uri the registrar's SIP URI, e.g. sip:example.org; without one the account does not
         *        register (default: none)
         * @return this builder
         * @throws IllegalArgumentException if uri is empty or not one line of at most 256 bytes
         */
        public Builder registrar(String uri) {
            this.registrarUri = WireText.uri("registrar", uri);
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
         * @param seconds requested registration lifetime (default: 300 s); the registrar may grant
         *        less, and the account refreshes before what it granted runs out
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder registrationTimeout(int seconds) {
            this.registrationTimeout = ConfigChecks.positive("registrationTimeout", seconds);
            return this;
        }

        /**
         * @param seconds how long before the registration expires it is refreshed (default 5 s);
         *        for a granted lifetime this short or shorter, pjsip refreshes one second early
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder refreshBeforeExpiry(int seconds) {
            this.refreshBeforeExpiry = ConfigChecks.nonNegative("refreshBeforeExpiry", seconds);
            return this;
        }

        /**
         * When a registration fails for a reason that may pass (408, 480, 500, 502, 503, 504, 6xx, or
         * no response at all), the account retries: first after {@code first}, then every
         * {@code later}, each moved by up to {@code jitter} either way. A Retry-After in the response
         * takes precedence. Other failures (401, 403, 404, ...) are not retried.
         *
         * @param first wait before the first retry (default 0: at once, give or take the jitter)
         * @param later wait between further retries (default 300 s); zero disables retrying
         * @param jitter random spread (default 10 s)
         * @return this builder
         * @throws IllegalArgumentException if any is negative
         */
        public Builder retry(Duration first, Duration later, Duration jitter) {
            this.firstRetryInterval = ConfigChecks.nonNegative("first retry interval", first);
            this.retryInterval = ConfigChecks.nonNegative("retry interval", later);
            this.retryJitter = ConfigChecks.nonNegative("retry jitter", jitter);
            return this;
        }

        /**
         * @param timeout how long closing the account waits for the unregistration to be answered
         *        (default 4 s)
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder unregisterTimeout(Duration timeout) {
            this.unregisterTimeout = ConfigChecks.nonNegative("unregister timeout", timeout);
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
         * @param use SRTP for the account's calls (default {@link SrtpUse#DISABLED})
         * @param secureSignalling the least signalling security a call needs to use SRTP (default
         *        {@link SignallingSecurity#TLS_HOP}, pjsua's): {@link SignallingSecurity#NONE} allows it
         *        over UDP and TCP too (SDES keys then travel in clear SDP), {@link
         *        SignallingSecurity#END_TO_END} only for {@code sips:} calls. A {@link SrtpUse#MANDATORY}
         *        call with less fails; an {@link SrtpUse#OPTIONAL} one uses plain RTP. An optional offer
         *        is RTP/AVP with SRTP keys, which a peer that requires SRTP refuses with 488 (pjsua's
         *        offer of a second, RTP/SAVP line, {@code srtp_optional_dup_offer}, is compiled out); a
         *        mandatory offer reaches an optional peer.
         * @return this builder
         */
        public Builder srtp(SrtpUse use, SignallingSecurity secureSignalling) {
            this.srtp = Objects.requireNonNull(use, "srtp use");
            this.srtpSecureSignalling = Objects.requireNonNull(secureSignalling, "secureSignalling");
            return this;
        }

        /**
         * @param methods how SRTP keys are agreed, most preferred first (default SDES, then DTLS, as
         *        pjsua): an offer carries the first, an answer takes the first the offer allows
         * @return this builder
         * @throws IllegalArgumentException if methods is empty, holds null or names one twice
         */
        public Builder srtpKeying(List<SrtpKeying> methods) {
            this.srtpKeying = ConfigChecks.distinctMethods("srtpKeying", methods);
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
         * Adds a header to every REGISTER (and unregistration) of the account, e.g.
         * {@code Supported: path} (RFC 3327) or {@code Supported: 100rel}, as pjsua's
         * {@code reg_hdr_list}.
         *
         * @param header the header
         * @return this builder
         */
        public Builder registrationHeader(SipHeader header) {
            registrationHeaders.add(Objects.requireNonNull(header, "header"));
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
