package org.pjsua4j.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.pjsua4j.raw.WireText;

/**
 * The checks {@code AccountConfig}'s and {@code EndpointConfig}'s builders make of their arguments,
 * kept apart from the configurations' shape; each throws an {@link IllegalArgumentException} (or a
 * NullPointerException for a null) that names the setting. It names no facade type, so the public
 * configurations depend on it and not the other way.
 */
public final class ConfigChecks {
    /** The clock rates pjmedia's conference bridge and resamplers are built for. */
    private static final Set<Integer> CLOCK_RATES = Set.of(8000, 11025, 16000, 22050, 32000, 44100, 48000);

    private ConfigChecks() {
    }

    /**
     * @return value
     * @throws IllegalArgumentException naming {@code name} unless {@code min <= value <= max}
     */
    public static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    /**
     * @return seconds
     * @throws IllegalArgumentException naming {@code name} unless positive
     */
    public static int positive(String name, int seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + seconds);
        }
        return seconds;
    }

    /**
     * @return seconds
     * @throws IllegalArgumentException naming {@code name} if negative
     */
    public static int nonNegative(String name, int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException(name + " must not be negative, not " + seconds);
        }
        return seconds;
    }

    /**
     * A wait pjsua takes in milliseconds as an int.
     *
     * @return d
     * @throws IllegalArgumentException naming {@code what} unless 0 to 24 days
     */
    public static Duration nonNegative(String what, Duration d) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.getSeconds() > Integer.MAX_VALUE / 1000) {
            throw new IllegalArgumentException(what + " must be between 0 and 24 days, not " + d);
        }
        return d;
    }

    /**
     * A pjsip timer, in whole milliseconds; pjsip reads 0 as "keep the old value".
     *
     * @throws IllegalArgumentException naming {@code name} unless 1 ms to Integer.MAX_VALUE ms
     */
    public static void sipTimer(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.compareTo(Duration.ofMillis(1)) < 0 || d.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("SIP timer " + name + " must be 1 ms.." + Integer.MAX_VALUE
                    + " ms, not " + d);
        }
    }

    /**
     * @return timeout
     * @throws IllegalArgumentException unless zero (off) or between 200 ms and 1 day
     */
    public static Duration noAudioTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        // compareTo, not toMillis: a Duration of billions of years has no long of milliseconds.
        if (!timeout.isZero()
                && (timeout.compareTo(Duration.ofMillis(200)) < 0 || timeout.compareTo(Duration.ofDays(1)) > 0)) {
            throw new IllegalArgumentException("noAudioTimeout must be zero (off) or between 200 ms and 1 day, not "
                    + timeout);
        }
        return timeout;
    }

    /**
     * Parameters appended to a header or URI (Contact's).
     *
     * @return params
     * @throws IllegalArgumentException naming {@code what} if not one line of at most 1024 bytes, or
     *         neither empty nor starting with ';'
     */
    public static String parameters(String what, String params) {
        WireText.line(what, params);
        if (!params.isEmpty() && !params.startsWith(";")) {
            throw new IllegalArgumentException(what + " must start with ';': '" + params + "'");
        }
        return params;
    }

    /**
     * @return an unmodifiable copy of {@code items}, in order
     * @throws IllegalArgumentException naming {@code name} if items is empty, holds null or holds one
     *         item twice
     */
    public static <T> List<T> distinctMethods(String name, List<T> items) {
        Objects.requireNonNull(items, name);
        if (items.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " methods must not hold null: " + items);
        }
        List<T> copy = List.copyOf(items);
        if (copy.isEmpty() || copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(name + " needs each method at most once and at least one: " + copy);
        }
        return copy;
    }

    /**
     * Before adding to a list pjsua holds in a fixed array.
     *
     * @throws IllegalArgumentException saying "at most max what" if the list is full
     */
    public static void room(List<?> list, int max, String what) {
        if (list.size() >= max) {
            throw new IllegalArgumentException("at most " + max + " " + what);
        }
    }

    /**
     * @return hz
     * @throws IllegalArgumentException unless a rate pjmedia's conference bridge and resamplers are
     *         built for
     */
    public static int clockRate(int hz) {
        if (!CLOCK_RATES.contains(hz)) {
            throw new IllegalArgumentException("clockRate must be one of " + new TreeSet<>(CLOCK_RATES)
                    + " Hz, not " + hz);
        }
        return hz;
    }

    /**
     * @return host
     * @throws IllegalArgumentException unless host is a literal IPv4 or IPv6 address
     */
    public static String ipLiteral(String host) {
        Objects.requireNonNull(host, "host");
        if (!IpLiterals.isIpv4(host) && !IpLiterals.isIpv6(host)) {
            throw new IllegalArgumentException("transport host must be a literal IP address, not '" + host + "'");
        }
        return host;
    }
}
