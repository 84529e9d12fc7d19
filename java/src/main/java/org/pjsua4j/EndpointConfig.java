package org.pjsua4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pjsua4j.internal.IpLiterals;
import org.pjsua4j.raw.WireText;

/**
 * How an {@link Endpoint} starts: its transports and limits. Immutable; build with {@link #builder()}.
 * Every transport is bound to its host and advertises that host in Via, Contact and SDP, so a
 * transport on 127.0.0.1 never leaks another interface's address.
 */
public final class EndpointConfig {
    private final List<TransportSpec> transports;
    private final String userAgent;
    private final int maxCalls;
    private final boolean autoConnectAudio;
    private final SipTimers sipTimers;
    private final boolean vad;
    private final java.time.Duration noAudioTimeout;

    /**
     * A transport to create.
     *
     * @param type the protocol
     * @param host the literal IP address to bind to and advertise
     * @param port the port, or 0 for any free one
     */
    public record TransportSpec(TransportType type, String host, int port) {
    }

    private EndpointConfig(Builder b) {
        this.transports = List.copyOf(b.transports);
        this.userAgent = b.userAgent;
        this.maxCalls = b.maxCalls;
        this.autoConnectAudio = b.autoConnectAudio;
        this.sipTimers = b.sipTimers;
        this.vad = b.vad;
        this.noAudioTimeout = b.noAudioTimeout;
    }

    /**
     * The SIP transaction timers of RFC 3261 section 17.
     *
     * @param t1 round-trip estimate; retransmissions start at T1 (default 500 ms)
     * @param t2 longest retransmit interval of non-INVITE requests (default 4 s)
     * @param transactionTimeout how long a transaction waits for a final response before it fails
     *        with 408 (Timer B/F, default 64*T1 = 32 s)
     */
    public record SipTimers(Duration t1, Duration t2, Duration transactionTimeout) {
        /** pjsip's defaults (PJSIP_T1_TIMEOUT, PJSIP_T2_TIMEOUT, PJSIP_TD_TIMEOUT). */
        public static final SipTimers DEFAULT = new SipTimers(Duration.ofMillis(500), Duration.ofSeconds(4),
                Duration.ofSeconds(32));

        /**
         * @throws IllegalArgumentException if a value is under 1 ms or over Integer.MAX_VALUE ms, t2 is
         *         shorter than t1, or the timeout is shorter than t1
         */
        public SipTimers {
            atLeastAMillisecond("t1", t1);
            atLeastAMillisecond("t2", t2);
            atLeastAMillisecond("transactionTimeout", transactionTimeout);
            if (t2.compareTo(t1) < 0 || transactionTimeout.compareTo(t1) < 0) {
                throw new IllegalArgumentException("SIP timers need t1 <= t2 and t1 <= transactionTimeout: " + this);
            }
        }

        private static void atLeastAMillisecond(String name, Duration d) {
            Objects.requireNonNull(d, name);
            // pjsip takes whole milliseconds, and reads 0 as "keep the old value".
            if (d.compareTo(Duration.ofMillis(1)) < 0 || d.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
                throw new IllegalArgumentException("SIP timer " + name + " must be 1 ms.." + Integer.MAX_VALUE
                        + " ms, not " + d);
            }
        }
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the transports to create, in order; the first one's host is also the media address */
    public List<TransportSpec> transports() {
        return transports;
    }

    /** @return the User-Agent (and Server) header value */
    public String userAgent() {
        return userAgent;
    }

    /** @return the most calls that may exist at once */
    public int maxCalls() {
        return maxCalls;
    }

    /** @return whether each call's audio is connected to the (null) sound device */
    public boolean autoConnectAudio() {
        return autoConnectAudio;
    }

    /** @return the SIP transaction timers */
    public SipTimers sipTimers() {
        return sipTimers;
    }

    /** @return whether voice activity detection may suppress silence */
    public boolean vad() {
        return vad;
    }

    /** @return how long active audio may bring no RTP before {@link CallListener#onNoAudio}; zero: never */
    public java.time.Duration noAudioTimeout() {
        return noAudioTimeout;
    }

    /** Builds an {@link EndpointConfig}. */
    public static final class Builder {
        private final List<TransportSpec> transports = new ArrayList<>();
        private String userAgent = "pjsua4j";
        private int maxCalls = 32;
        private boolean autoConnectAudio = true;
        private SipTimers sipTimers = SipTimers.DEFAULT;
        private boolean vad;
        private java.time.Duration noAudioTimeout = java.time.Duration.ofSeconds(5);

        private Builder() {
        }

        /**
         * Adds a SIP transport.
         *
         * @param type UDP or TCP
         * @param host a literal IPv4 or IPv6 address to bind to and advertise, e.g. 127.0.0.1
         * @param port the port, or 0 for any free one
         * @return this builder
         * @throws IllegalArgumentException if host is not an IP literal or port is out of range
         */
        public Builder transport(TransportType type, String host, int port) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(host, "host");
            if (!IpLiterals.isIpv4(host) && !IpLiterals.isIpv6(host)) {
                throw new IllegalArgumentException("transport host must be a literal IP address, not '" + host + "'");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("transport port " + port + " is outside 0..65535");
            }
            transports.add(new TransportSpec(type, host, port));
            return this;
        }

        /**
         * @param userAgent the User-Agent header value (default: pjsua4j), also sent as Server
         * @return this builder
         * @throws IllegalArgumentException if it is not one line of at most 1024 bytes
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = WireText.line("userAgent", userAgent);
            return this;
        }

        /**
         * @param maxCalls how many calls may exist at once (default: 32; at most 512, the build's limit)
         * @return this builder
         * @throws IllegalArgumentException outside 1..512
         */
        public Builder maxCalls(int maxCalls) {
            if (maxCalls < 1 || maxCalls > 512) {
                throw new IllegalArgumentException("maxCalls " + maxCalls + " is outside 1..512");
            }
            this.maxCalls = maxCalls;
            return this;
        }

        /**
         * @param autoConnectAudio whether a call whose media becomes active is connected both ways to
         *        the (null) sound device, so RTP flows with no further setup (default: true)
         * @return this builder
         */
        public Builder autoConnectAudio(boolean autoConnectAudio) {
            this.autoConnectAudio = autoConnectAudio;
            return this;
        }

        /**
         * @param enabled voice activity detection: stop sending RTP while the audio is "silent"
         *        (default off). pjmedia's detector adapts its threshold to the signal, so a steady
         *        tone is judged silence after about a second and cut; off keeps tones, DTMF and
         *        prompts intact at the cost of sending silence.
         * @return this builder
         */
        public Builder vad(boolean enabled) {
            this.vad = enabled;
            return this;
        }

        /**
         * @param timeout how long a call's active, unheld audio may bring no RTP before
         *        {@link CallListener#onNoAudio} reports it (default 5 s; zero turns the check off).
         *        Needs {@link #vad(boolean) VAD} off at the peer to be meaningful: a peer that stops
         *        sending during silence looks the same.
         * @return this builder
         * @throws IllegalArgumentException if timeout is negative, below 200 ms (but not zero) or over
         *         Integer.MAX_VALUE ms
         */
        public Builder noAudioTimeout(java.time.Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || !timeout.isZero() && (timeout.compareTo(java.time.Duration.ofMillis(200)) < 0
                    || timeout.compareTo(java.time.Duration.ofMillis(Integer.MAX_VALUE)) > 0)) {
                throw new IllegalArgumentException("noAudioTimeout must be zero (off) or 200.." + Integer.MAX_VALUE
                        + " ms, not " + timeout);
            }
            this.noAudioTimeout = timeout;
            return this;
        }

        /**
         * @param timers the SIP transaction timers (default {@link SipTimers#DEFAULT}); short ones
         *        make a silent peer fail fast, e.g. in tests
         * @return this builder
         */
        public Builder sipTimers(SipTimers timers) {
            this.sipTimers = Objects.requireNonNull(timers, "timers");
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalStateException if no transport was added
         */
        public EndpointConfig build() {
            if (transports.isEmpty()) {
                throw new IllegalStateException("an endpoint needs at least one transport");
            }
            return new EndpointConfig(this);
        }
    }
}
