package org.pjsua4j;

import java.time.Duration;
import java.util.Objects;

/**
 * An account's session timers (RFC 4028): the side chosen as refresher repeats the INVITE or UPDATE
 * every half interval, and a session that is not refreshed in time ends with BYE. They end calls whose
 * peer vanished without BYE, if the peer supports them; {@link EndpointConfig.Builder#mediaTimeout} is
 * the other guard, for peers that do not. pjsip refreshes at half the interval, and as the refreshee
 * ends the call 32 s before the interval runs out (at two thirds for intervals under 96 s), so a call
 * with a vanished peer ends within about one {@code sessionExpires}: as refresher, when its refresh at
 * half the interval goes unanswered ({@link EndReason#PEER_UNRESPONSIVE}); as refreshee, when none
 * arrives ({@link EndReason#SESSION_EXPIRED}).
 *
 * <p>Timers are per account, not per call, because pjsua keeps them so: {@code pjsua_call_setting} has
 * no timer fields, every INVITE an account sends takes the account's, and an incoming INVITE is checked
 * against them (and answered 422 if its interval is too small) before the application hears of the
 * call. For outgoing calls with other timers, make them from another account with those timers (a
 * second account with the same id, or a local account, {@link Endpoint#addLocalAccount(Transport,
 * AccountConfig, AccountListener)}).
 *
 * @param mode whether calls use session timers
 * @param sessionExpires the session interval asked for in Session-Expires, in whole seconds; the other
 *        side may lower it, down to {@code minSe}
 * @param minSe the shortest interval accepted (Min-SE), in whole seconds, at least 90 s (RFC 4028's and
 *        pjsip's floor); an INVITE asking for less is answered 422 with this Min-SE
 */
public record SessionTimers(SessionTimerMode mode, Duration sessionExpires, Duration minSe) {
    /** RFC 4028's smallest Min-SE, which pjsip enforces. */
    public static final Duration MIN_SE_FLOOR = Duration.ofSeconds(90);
    /** The longest interval taken: longer would leave a vanished peer's call up for more than a day. */
    public static final Duration MAX_SESSION_EXPIRES = Duration.ofDays(1);
    /** pjsua's default: optional, Session-Expires 1800 s, Min-SE 90 s. */
    public static final SessionTimers DEFAULT = new SessionTimers(SessionTimerMode.OPTIONAL,
            Duration.ofSeconds(1800), MIN_SE_FLOOR);

    /**
     * @throws NullPointerException naming a missing argument
     * @throws IllegalArgumentException if an interval is not whole seconds, minSe is below 90 s,
     *         sessionExpires is below minSe, or either is above a day
     */
    public SessionTimers {
        Objects.requireNonNull(mode, "mode");
        wholeSeconds("sessionExpires", sessionExpires);
        wholeSeconds("minSe", minSe);
        if (minSe.compareTo(MIN_SE_FLOOR) < 0) {
            throw new IllegalArgumentException("session timer minSe must be at least 90 s (RFC 4028), not " + minSe);
        }
        if (sessionExpires.compareTo(minSe) < 0) {
            throw new IllegalArgumentException("session timer sessionExpires (" + sessionExpires
                    + ") must not be below minSe (" + minSe + ")");
        }
        if (sessionExpires.compareTo(MAX_SESSION_EXPIRES) > 0) {
            throw new IllegalArgumentException("session timer sessionExpires must be at most a day, not "
                    + sessionExpires);
        }
    }

    /**
     * @param mode whether calls use session timers
     * @return pjsua's default intervals (1800 s, Min-SE 90 s) with {@code mode}
     */
    public static SessionTimers of(SessionTimerMode mode) {
        return new SessionTimers(mode, DEFAULT.sessionExpires, DEFAULT.minSe);
    }

    private static void wholeSeconds(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.getNano() != 0) {
            throw new IllegalArgumentException("session timer " + name + " must be whole seconds, not " + d);
        }
    }
}
