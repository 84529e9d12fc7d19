package org.pjsua4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pjsua's command line, parsed the way pjsua's getopt_long does it ({@code --name=value} or
 * {@code --name value}, a name abbreviated to a prefix only it has, e.g. {@code --user} for
 * {@code --username}; {@code --config-file} splices a file's words in place). Only the options the
 * CLI honours are accepted: every other option is refused with its name, so nothing is silently ignored.
 */
final class Options {
    /** Options that take a value; the CLI honours each of them. */
    private static final Set<String> WITH_VALUE = Set.of("config-file", "log-level", "app-log-level", "id",
            "registrar", "realm", "username", "password", "proxy", "reg-timeout", "contact-params",
            "contact-uri-params", "local-port", "ip-addr", "bound-addr", "auto-answer", "max-calls", "duration",
            "use-timer", "timer-se", "timer-min-se", "use-srtp", "srtp-secure", "add-buddy", "add-codec",
            "dis-codec", "play-file", "rec-file", "stdout-refresh", "stdout-refresh-text", "cli-telnet-port",
            "tls-ca-file", "tls-cert-file", "tls-privkey-file", "tls-password", "tls-cipher", "srtp-keying",
            "clock-rate", "stun-srv", "outbound", "log-file", "auto-update-nat", "rtp-port");

    /** Options without a value; the CLI honours each of them. */
    private static final Set<String> FLAGS = Set.of("help", "version", "null-audio", "no-udp", "no-tcp",
            "use-100rel", "publish", "mwi", "no-vad", "auto-play", "auto-loop", "auto-rec", "stdout-no-buf", "use-cli",
            "no-cli-console", "use-tls", "tls-verify-server", "tls-verify-client", "no-supported-norefersub",
            "use-compact-form", "no-color", "next-cred", "use-ims", "extra-audio");

    /** Options that repeat; each occurrence adds a value. */
    private static final Set<String> REPEATED = Set.of("proxy", "add-buddy", "add-codec", "dis-codec", "tls-cipher",
            "stun-srv", "outbound", "extra-audio");

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> urls = new ArrayList<>();
    /** Every option as given, in order: pjsua reads some by position (--next-cred starts a credential). */
    private final List<Map.Entry<String, String>> inOrder = new ArrayList<>();

    private Options() {
    }

    /**
     * @param args the command line
     * @return the parsed options
     * @throws IllegalArgumentException naming the option that is unknown, refused, or lacks its value
     */
    static Options parse(List<String> args) {
        Options options = new Options();
        options.read(args, 0);
        return options;
    }

    private void read(List<String> args, int depth) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (arg.startsWith("-") && arg.length() > 1) {
                    throw new IllegalArgumentException(arg + ": unknown option (pjsua's options are --name[=value])");
                }
                urls.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = canonical(eq < 0 ? arg.substring(2) : arg.substring(2, eq));
            String value;
            if (WITH_VALUE.contains(name)) {
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new IllegalArgumentException("--" + name + ": needs a value");
                }
            } else if (FLAGS.contains(name)) {
                if (eq >= 0) {
                    throw new IllegalArgumentException("--" + name + ": takes no value");
                }
                value = "";
            } else {
                throw new IllegalArgumentException("--" + name + ": not supported by pjsua4j yet");
            }
            if (name.equals("config-file")) {
                readFile(value, depth);
            } else {
                put(name, value);
            }
        }
    }

    /**
     * getopt_long's abbreviations: a name that is not an option's stands for the one option it is a
     * prefix of. Matched among the options the CLI honours, so an abbreviation of one it refuses is
     * refused as unknown.
     */
    private static String canonical(String name) {
        if (WITH_VALUE.contains(name) || FLAGS.contains(name) || name.isEmpty()) {
            return name;
        }
        List<String> matches = new ArrayList<>();
        for (Set<String> names : List.of(WITH_VALUE, FLAGS)) {
            names.stream().filter(n -> n.startsWith(name)).forEach(matches::add);
        }
        if (matches.size() > 1) {
            matches.sort(null);
            throw new IllegalArgumentException("--" + name + ": ambiguous, it could be --"
                    + String.join(", --", matches));
        }
        return matches.isEmpty() ? name : matches.get(0);
    }

    private void put(String name, String value) {
        inOrder.add(Map.entry(name, value));
        List<String> list = values.computeIfAbsent(name, n -> new ArrayList<>());
        if (!REPEATED.contains(name)) {
            list.clear();
        }
        list.add(value);
    }

    private void readFile(String file, int depth) {
        if (depth > 4) {
            throw new IllegalArgumentException("--config-file " + file + ": config files nest too deep");
        }
        List<String> words = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    words.addAll(List.of(text.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--config-file " + file + ": cannot read it (" + e + ")", e);
        }
        read(words, depth + 1);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** @return the option's value, or {@code fallback} when it was not given */
    String get(String name, String fallback) {
        List<String> list = values.get(name);
        return list == null ? fallback : list.get(0);
    }

    /** @return every value a repeated option was given, in order */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * @return the option's value as an integer in [min, max], or {@code fallback} when not given
     * @throws IllegalArgumentException when the value is not such an integer
     */
    int number(String name, int fallback, int min, int max) {
        String text = get(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException("--" + name + "=" + text + ": expected an integer from " + min + " to "
                + max);
    }

    /** @return the SIP URLs given after the options (pjsua calls the first at start) */
    /** @return every option as given, in order, as name and value ("" for a flag) */
    List<Map.Entry<String, String>> inOrder() {
        return inOrder;
    }

    List<String> urls() {
        return urls;
    }
}
