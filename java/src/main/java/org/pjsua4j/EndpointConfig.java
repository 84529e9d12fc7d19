package org.pjsua4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pjsua4j.internal.ConfigChecks;
import org.pjsua4j.internal.MediaTimeouts;
import org.pjsua4j.raw.WireText;

/**
 * How an {@link Endpoint} starts: its transports and limits. Immutable; build with {@link #builder()}.
 * Every transport is bound to its host and advertises that host in Via, Contact and SDP, so a
 * transport on 127.0.0.1 never leaks another interface's address.
 */
public final class EndpointConfig {
    /** pjsua4j's limit (PJ4J_UNHANDLED_MAX_HOLD_MS), under the 32 s a peer retransmits a request for. */
    private static final Duration MAX_UNHANDLED_TIMEOUT = Duration.ofSeconds(30);
    private final List<TransportSpec> transports;
    private final String userAgent;
    private final int maxCalls;
    private final boolean autoConnectAudio;
    private final SipTimers sipTimers;
    private final boolean vad;
    private final java.time.Duration noAudioTimeout;
    private final UnhandledRequestHandler unhandledRequestHandler;
    private final Duration unhandledRequestTimeout;
    private final java.time.Duration mediaTimeout;
    private final TlsConfig tls;
    private final boolean norefersub;
    private final boolean compactHeaders;
    private final int clockRate;
    private final List<String> stunServers;
    private final Optional<PortRange> rtpPorts;

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
        this.unhandledRequestHandler = b.unhandledRequestHandler;
        this.unhandledRequestTimeout = b.unhandledRequestTimeout;
        this.mediaTimeout = b.mediaTimeout;
        this.tls = b.tls;
        this.norefersub = b.norefersub;
        this.compactHeaders = b.compactHeaders;
        this.clockRate = b.clockRate;
        this.stunServers = List.copyOf(b.stunServers);
        this.rtpPorts = b.rtpPorts;
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
            ConfigChecks.sipTimer("t1", t1);
            ConfigChecks.sipTimer("t2", t2);
            ConfigChecks.sipTimer("transactionTimeout", transactionTimeout);
            if (t2.compareTo(t1) < 0 || transactionTimeout.compareTo(t1) < 0) {
                throw new IllegalArgumentException("SIP timers need t1 <= t2 and t1 <= transactionTimeout: " + this);
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

    /** @return who answers requests nobody handles; empty: each gets its default answer at once */
    public Optional<UnhandledRequestHandler> unhandledRequestHandler() {
        return Optional.ofNullable(unhandledRequestHandler);
    }

    /** @return how long a request nobody handles waits for the handler's answer before its default */
    public Duration unhandledRequestTimeout() {
        return unhandledRequestTimeout;
    }

    /**
     * @return how long a confirmed call's active, unheld audio may bring no RTP before pjsua4j hangs
     *         it up, unless its account says otherwise; zero: never
     */
    public java.time.Duration mediaTimeout() {
        return mediaTimeout;
    }

    /** @return the settings of the {@link TransportType#TLS} transports */
    public TlsConfig tls() {
        return tls;
    }

    /** @return whether the endpoint's Supported header names {@code norefersub} (RFC 4488) */
    public boolean norefersub() {
        return norefersub;
    }

    /** @return whether pjsip writes headers in their compact form ({@code i:}, {@code m:}, ...) */
    public boolean compactHeaders() {
        return compactHeaders;
    }

    /** @return the conference bridge's clock rate in Hz */
    public int clockRate() {
        return clockRate;
    }

    /** @return the STUN servers ({@code host[:port]}) pjsua asks for the transports' public address */
    public List<String> stunServers() {
        return stunServers;
    }

    /**
     * @return the ports calls' RTP takes in turn, or empty for pjsua4j's default: a random start in
     *         20000..39999, so that endpoints sharing a host seldom try the same ports
     */
    public Optional<PortRange> rtpPorts() {
        return rtpPorts;
    }

    /** The size of pjsua_config.stun_srv. */
    public static final int MAX_STUN_SERVERS = 8;

    /** Builds an {@link EndpointConfig}. */
    public static final class Builder {
        private final List<TransportSpec> transports = new ArrayList<>();
        private String userAgent = "pjsua4j";
        private int maxCalls = 32;
        private boolean autoConnectAudio = true;
        private SipTimers sipTimers = SipTimers.DEFAULT;
        private boolean vad;
        private java.time.Duration noAudioTimeout = java.time.Duration.ofSeconds(5);
        private UnhandledRequestHandler unhandledRequestHandler;
        private Duration unhandledRequestTimeout = MAX_UNHANDLED_TIMEOUT;
        private java.time.Duration mediaTimeout = java.time.Duration.ofSeconds(30);
        private TlsConfig tls = TlsConfig.builder().build();
        private boolean norefersub = true;
        private boolean compactHeaders;
        private int clockRate = 16000;
        private final List<String> stunServers = new ArrayList<>();
        private Optional<PortRange> rtpPorts = Optional.empty();

        private Builder() {
        }

        /**
         * Adds a SIP transport.
         *
         * @param type UDP, TCP or TLS (set up by {@link #tls(TlsConfig)})
         * @param host a literal IPv4 or IPv6 address to bind to and advertise, e.g. 127.0.0.1
         * @param port the port, or 0 for any free one
         * @return this builder
         * @throws IllegalArgumentException if host is not an IP literal or port is out of range
         */
        public Builder transport(TransportType type, String host, int port) {
            Objects.requireNonNull(type, "type");
            transports.add(new TransportSpec(type, ConfigChecks.ipLiteral(host),
                    ConfigChecks.within("transport port", port, 0, 65535)));
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
            this.maxCalls = ConfigChecks.within("maxCalls", maxCalls, 1, 512);
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
         * @throws IllegalArgumentException if timeout is negative, below 200 ms (but not zero) or above
         *         a day
         */
        public Builder noAudioTimeout(java.time.Duration timeout) {
            this.noAudioTimeout = ConfigChecks.noAudioTimeout(timeout);
            return this;
        }

        /**
         * @param handler sees and answers the requests no part of pjsip or pjsua handles (see
         *        {@link UnhandledRequestHandler}); null for none, the default: each such request gets
         *        its default answer (405, 481 or 501) at once
         * @param timeout how long a request waits for the handler's answer before it gets its default
         *        answer anyway: 1 ms to 30 s (a peer gives up after 32 s of retransmitting)
         * @return this builder
         * @throws IllegalArgumentException if timeout is outside 1 ms to 30 s
         */
        public Builder unhandledRequests(UnhandledRequestHandler handler, Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(MAX_UNHANDLED_TIMEOUT) > 0) {
                throw new IllegalArgumentException("unhandled-request timeout must be 1 ms to 30 s, not " + timeout);
            }
            this.unhandledRequestHandler = handler;
            this.unhandledRequestTimeout = timeout;
            return this;
        }

        /**
         * Ends calls whose peer vanished without BYE: a confirmed call whose audio is active, not on
         * hold in either direction and expected to arrive (not sendonly or inactive on our side), but
         * brought no RTP for {@code timeout}, is hung up with a BYE carrying
         * {@code Reason: SIP;cause=408;text="Media inactivity"}; its final {@link CallInfo} reports
         * {@link EndReason#MEDIA_TIMEOUT}, 408 and {@link Originator#LOCAL}. A change of the call's media
         * (re-INVITE, UPDATE, hold, unhold) starts the clock anew. Checked at least once a second.
         *
         * <p>The default, 30 s, is six times the {@link #noAudioTimeout no-audio warning} and far beyond
         * any pause of a working RTP stream (packets every 20 ms; jitter and network hiccups last well
         * under a second), yet short enough that calls of vanished peers cannot pile up: no more than
         * 30 seconds' worth of them linger. As with the warning, a peer whose voice activity detection
         * stops RTP during silence looks the same; turn it off there, or rely on
         * {@link SessionTimers} for peers that support them. {@link AccountConfig.Builder#mediaTimeout}
         * overrides it per account, {@link Call#setMediaTimeout} per call.
         *
         * @param timeout zero to never hang up, otherwise 1 s to 1 day (default 30 s)
         * @return this builder
         * @throws IllegalArgumentException naming mediaTimeout if it is negative, below 1 s or above a day
         */
        public Builder mediaTimeout(java.time.Duration timeout) {
            this.mediaTimeout = MediaTimeouts.check("mediaTimeout", timeout);
            return this;
        }

        /**
         * @param tls the settings every {@link TransportType#TLS} transport of the endpoint uses
         *        (default: {@link TlsConfig#builder()}'s, which verify servers against the system's CAs
         *        and have no certificate of our own)
         * @return this builder
         */
        public Builder tls(TlsConfig tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
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
         * @param advertise whether the Supported header names {@code norefersub} (RFC 4488: a REFER
         *        may ask us not to report its progress in NOTIFYs); default true, as pjsua's
         *        {@code no_refer_sub}
         * @return this builder
         */
        public Builder norefersub(boolean advertise) {
            this.norefersub = advertise;
            return this;
        }

        /**
         * @param compact whether pjsip writes the headers that have one in their compact form
         *        (RFC 3261 7.3.3: {@code i:} for Call-ID, {@code m:} for Contact, ...), e.g. to keep
         *        UDP messages small; default false. pjsip keeps this per process.
         * @return this builder
         */
        public Builder compactHeaders(boolean compact) {
            this.compactHeaders = compact;
            return this;
        }

        /**
         * @param hz the conference bridge's clock rate (default 16000, pjsua's); calls' audio is
         *        resampled to it
         * @return this builder
         * @throws IllegalArgumentException unless one of 8000, 11025, 16000, 22050, 32000, 44100, 48000
         */
        public Builder clockRate(int hz) {
            this.clockRate = ConfigChecks.clockRate(hz);
            return this;
        }

        /**
         * Adds a STUN server that pjsua asks, when the endpoint starts, for the public address of its
         * UDP transports and media; one that does not answer is skipped (pjsua's
         * {@code stun_ignore_failure}).
         *
         * @param hostPort {@code host[:port]}, port 3478 by default
         * @return this builder
         * @throws IllegalArgumentException if hostPort is empty or not one line of at most 1024 bytes,
         *         or more than {@link #MAX_STUN_SERVERS} are added
         */
        public Builder stunServer(String hostPort) {
            WireText.line("stunServer", hostPort);
            if (hostPort.isEmpty()) {
                throw new IllegalArgumentException("stunServer must not be empty");
            }
            ConfigChecks.room(stunServers, MAX_STUN_SERVERS, "STUN servers");
            stunServers.add(hostPort);
            return this;
        }

        /**
         * Binds calls' RTP in a fixed range, e.g. the one a firewall opens: each account's calls take
         * ports in turn from {@code first} on (RTP, and RTCP on the port above), wrapping within the
         * range and skipping ports in use, as pjsua's {@code rtp_cfg} with a port range does.
         *
         * @param first the lowest port, 1 to 65532
         * @param count how many ports, at least 4 and ending at 65535
         * @return this builder
         * @throws IllegalArgumentException naming the bound that is out of range
         */
        public Builder rtpPorts(int first, int count) {
            this.rtpPorts = Optional.of(new PortRange(first, count));
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
