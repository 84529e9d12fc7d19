package org.pjsua4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pjsua4j.internal.ConfigChecks;
import org.pjsua4j.internal.Redact;
import org.pjsua4j.raw.WireText;

/**
 * How an account registers ({@link AccountConfig.Builder#registration}): the registrar, the lifetime
 * asked for, when failed registrations are retried, and what every REGISTER carries. Immutable; use
 * {@link #of(String)} or build with {@link #builder(String)}.
 */
public final class RegistrationConfig {
    /** How long closing an account waits for its unregistration by default, as pjsua. */
    public static final Duration DEFAULT_UNREGISTER_TIMEOUT = Duration.ofSeconds(4);

    private final String registrarUri;
    private final int timeout;
    private final int refreshBeforeExpiry;
    private final Duration firstRetryInterval;
    private final Duration retryInterval;
    private final Duration retryJitter;
    private final Duration unregisterTimeout;
    private final List<SipHeader> headers;
    private final boolean rewriteContact;

    private RegistrationConfig(Builder b) {
        this.registrarUri = b.registrarUri;
        this.timeout = b.timeout;
        this.refreshBeforeExpiry = b.refreshBeforeExpiry;
        this.firstRetryInterval = b.firstRetryInterval;
        this.retryInterval = b.retryInterval;
        this.retryJitter = b.retryJitter;
        this.unregisterTimeout = b.unregisterTimeout;
        this.headers = List.copyOf(b.headers);
        this.rewriteContact = b.rewriteContact;
    }

    /**
     * @param registrarUri the registrar's SIP URI, e.g. {@code sip:example.org}
     * @return registration there with the defaults of {@link Builder}
     * @throws IllegalArgumentException if the URI is empty or not one line of at most 256 bytes
     */
    public static RegistrationConfig of(String registrarUri) {
        return builder(registrarUri).build();
    }

    /**
     * @param registrarUri the registrar's SIP URI, e.g. {@code sip:example.org}
     * @return a builder
     * @throws IllegalArgumentException if the URI is empty or not one line of at most 256 bytes
     */
    public static Builder builder(String registrarUri) {
        return new Builder(registrarUri);
    }

    /** @return the registrar's SIP URI */
    public String registrarUri() {
        return registrarUri;
    }

    /** @return the registration lifetime asked for, in seconds */
    public int timeout() {
        return timeout;
    }

    /** @return seconds before expiry at which the registration is refreshed */
    public int refreshBeforeExpiry() {
        return refreshBeforeExpiry;
    }

    /** @return wait before the first retry after a failed registration */
    public Duration firstRetryInterval() {
        return firstRetryInterval;
    }

    /** @return wait between later retries; zero: no retries */
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

    /** @return headers added to every REGISTER, e.g. {@code Supported: path} */
    public List<SipHeader> headers() {
        return headers;
    }

    /** @return whether the Contact follows the address the registrar sees, registering again when it changes */
    public boolean rewriteContact() {
        return rewriteContact;
    }

    @Override
    public String toString() {
        return "RegistrationConfig[registrar=" + Redact.uri(registrarUri) + ", timeout=" + timeout
                + ", retryInterval=" + retryInterval + ", headers=" + headers.size() + "]";
    }

    /** Builds a {@link RegistrationConfig}. Every setter checks its argument at once. */
    public static final class Builder {
        private final String registrarUri;
        private int timeout = 300;
        private int refreshBeforeExpiry = 5;
        private Duration firstRetryInterval = Duration.ZERO;
        private Duration retryInterval = Duration.ofSeconds(300);
        private Duration retryJitter = Duration.ofSeconds(10);
        private Duration unregisterTimeout = DEFAULT_UNREGISTER_TIMEOUT;
        private final List<SipHeader> headers = new ArrayList<>();
        private boolean rewriteContact = true;

        private Builder(String registrarUri) {
            this.registrarUri = WireText.uri("registrar", registrarUri);
        }

        /**
         * @param seconds the registration lifetime asked for (default 300 s); the registrar may grant
         *        less, and the account refreshes before what it granted runs out
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(int seconds) {
            this.timeout = ConfigChecks.positive("registration timeout", seconds);
            return this;
        }

        /**
         * @param seconds how long before the registration expires it is refreshed (default 5 s); for a
         *        granted lifetime this short or shorter, pjsip refreshes one second early
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
         * Adds a header to every REGISTER (and unregistration), e.g. {@code Supported: path} (RFC 3327)
         * or {@code Supported: 100rel}, as pjsua's {@code reg_hdr_list}.
         *
         * @param header the header
         * @return this builder
         */
        public Builder header(SipHeader header) {
            headers.add(Objects.requireNonNull(header, "header"));
            return this;
        }

        /**
         * @param rewrite whether the account learns its public address from the registrar's answer
         *        (the Via's {@code received} and {@code rport}) and, when that differs from its Contact,
         *        unregisters it and registers the public one (default on, pjsua's
         *        {@code allow_contact_rewrite}); off keeps the Contact as configured, e.g. behind a
         *        NAT that a proxy already handles
         * @return this builder
         */
        public Builder rewriteContact(boolean rewrite) {
            this.rewriteContact = rewrite;
            return this;
        }

        /** @return the configuration */
        public RegistrationConfig build() {
            return new RegistrationConfig(this);
        }
    }
}
