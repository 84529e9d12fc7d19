package org.pjsua4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.pjsua4j.Account;
import org.pjsua4j.Codec;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/**
 * One run of the CLI: the endpoint and accounts pjsua's options describe, the console on stdin, and
 * pjsua's "PJSUA destroyed" line once everything is closed.
 */
final class Session {
    private Session() {
    }

    /** @return the process exit code */
    static int run(Options options) throws Exception {
        Output out = new Output(System.out);
        PjsipLog.start(out, options);
        if (!options.has("null-audio")) {
            System.err.println("pjsua4j: no sound device in this build; audio runs on the null device");
        }
        if (options.number("use-srtp", 0, 0, 3) == 3) {
            System.err.println("pjsua4j: --use-srtp=3 offers as 1 does; pjsua ignores the duplicated offer since"
                    + " its ticket 1185");
        }
        Socket shutdownClient = null;
        Calls calls = new Calls();
        Events events = new Events(out, options, calls);
        try (Endpoint endpoint = Endpoint.start(endpointConfig(options))) {
            applyCodecs(endpoint, options);
            // pjsua's app puts every account it adds online, which PUBLISHes with --publish.
            for (Transport transport : endpoint.transports()) {
                endpoint.addAccount(AccountOptions.local(transport, options), events).setOnlineStatus(true, null);
            }
            if (options.has("id")) {
                Account account = endpoint.addAccount(AccountOptions.withId(options), events);
                account.setDefault();
                account.setOnlineStatus(true, null);
                for (String buddy : options.all("add-buddy")) {
                    account.addBuddy(buddy, new BuddyLines(out));
                }
            } else if (options.has("add-buddy") || options.has("publish") || options.has("mwi")) {
                throw new IllegalArgumentException("--add-buddy/--publish/--mwi: need an account (--id)");
            }
            Console console = new Console(endpoint, calls, events, out, options);
            TelnetFront telnet = telnet(options);
            for (String url : options.urls()) {
                console.call(url);
            }
            if (telnet != null) {
                shutdownClient = telnet.run(console, out);
            } else {
                console.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                        options.has("use-cli"));
            }
            endpoint.hangupAll();
        } finally {
            events.close();
        }
        out.line("PJSUA destroyed...");
        if (shutdownClient != null) {
            shutdownClient.close();
        }
        return 0;
    }

    /** pjsua's CLI mode: telnet only with --no-cli-console, the CLI syntax on stdin without a port. */
    private static TelnetFront telnet(Options options) throws IOException {
        if (!options.has("use-cli")) {
            if (options.has("cli-telnet-port") || options.has("no-cli-console")) {
                throw new IllegalArgumentException("--cli-telnet-port/--no-cli-console: need --use-cli");
            }
            return null;
        }
        if (!options.has("cli-telnet-port")) {
            if (options.has("no-cli-console")) {
                throw new IllegalArgumentException("--no-cli-console: needs --cli-telnet-port (no console left)");
            }
            return null;
        }
        if (!options.has("no-cli-console")) {
            throw new IllegalArgumentException("--cli-telnet-port with the stdin console: not supported by pjsua4j"
                    + " yet (add --no-cli-console)");
        }
        return new TelnetFront(options.number("cli-telnet-port", 0, 1, 65535));
    }

    static EndpointConfig endpointConfig(Options options) {
        EndpointConfig.Builder b = EndpointConfig.builder();
        String host = transportHost(options);
        int port = options.number("local-port", 5060, 0, 65535);
        if (!options.has("no-udp")) {
            b.transport(TransportType.UDP, host, port);
        }
        if (!options.has("no-tcp")) {
            b.transport(TransportType.TCP, host, port);
        }
        // pjsua's TLS listens one above the TCP port (and on a port of its own for 0).
        TlsOptions.of(options).ifPresent(tls -> b.transport(TransportType.TLS, host, port == 0 ? 0 : port + 1).tls(tls));
        if (options.has("no-udp") && options.has("no-tcp") && !options.has("use-tls")) {
            throw new IllegalArgumentException("--no-udp with --no-tcp: no transport left");
        }
        if (options.has("clock-rate")) {
            b.clockRate(options.number("clock-rate", 0, 1, Integer.MAX_VALUE));
        }
        // pjsua's 0 is its own random start, as pjsua4j's default; any other port starts the calls' RTP
        // there, going up.
        int rtpPort = options.number("rtp-port", 0, 0, 65532);
        if (rtpPort != 0) {
            b.rtpPorts(rtpPort, 65536 - rtpPort);
        }
        for (String stun : options.all("stun-srv")) {
            b.stunServer(stun);
        }
        b.norefersub(!options.has("no-supported-norefersub"));
        b.compactHeaders(options.has("use-compact-form"));
        b.maxCalls(options.number("max-calls", 4, 1, 1024));
        b.unhandledRequests(new AppModule(), Duration.ofSeconds(5));
        b.vad(!options.has("no-vad"));
        // pjsua's app keeps a call whose peer sends no RTP (SIPp's scenarios send none) until it ends.
        b.mediaTimeout(Duration.ZERO);
        return b.build();
    }

    /**
     * The facade binds and advertises one address per transport (pjsua binds all addresses and
     * advertises one), so the CLI binds 127.0.0.1 unless told an address.
     */
    private static String transportHost(Options options) {
        String ip = options.get("ip-addr", null);
        String bound = options.get("bound-addr", null);
        if (ip != null && bound != null && !ip.equals(bound)) {
            throw new IllegalArgumentException("--ip-addr different from --bound-addr: not supported by pjsua4j yet");
        }
        return ip != null ? ip : bound != null ? bound : "127.0.0.1";
    }

    /** pjsua matches codec names by prefix, case-insensitively ("pcma" is PCMA/8000/1). */
    private static void applyCodecs(Endpoint endpoint, Options options) {
        int priority = Codec.HIGHEST_PRIORITY - 1;
        for (String name : options.all("add-codec")) {
            setPriority(endpoint, "--add-codec", name, priority--);
        }
        for (String name : options.all("dis-codec")) {
            setPriority(endpoint, "--dis-codec", name, 0);
        }
    }

    private static void setPriority(Endpoint endpoint, String option, String name, int priority) {
        boolean found = false;
        for (Codec codec : endpoint.codecs()) {
            if (codec.id().regionMatches(true, 0, name, 0, name.length())) {
                endpoint.setCodecPriority(codec.id(), priority);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException(option + " " + name + ": no such codec in this build");
        }
    }
}
