package org.pjsua4j.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.pjsua4j.RegistrationConfig;

/**
 * When an account retries a failed registration. pjsua's own retry timer is switched off because it
 * cannot say when it will fire; this one can, so failure events carry the time of the next attempt.
 * Never calls pjsua while holding its monitor (pjsip's thread calls in here holding pjsua's lock).
 */
final class RetrySchedule {
    private final ScheduledExecutorService timer;
    /** Gets the number of the attempt that fired, for {@link #due(long)}. */
    private final LongConsumer retry;
    private boolean wanted;
    private int failures;
    private ScheduledFuture<?> pending;
    /** Numbers the scheduled attempts; a cancel moves it on too, so no older attempt is due. */
    private long attempt;

    RetrySchedule(ScheduledExecutorService timer, LongConsumer retry) {
        this.timer = timer;
        this.retry = retry;
    }

    /** The user (or close) decided whether the account should be registered; forget past failures. */
    synchronized void want(boolean registered) {
        wanted = registered;
        failures = 0;
        cancel();
    }

    synchronized void succeeded() {
        failures = 0;
        cancel();
    }

    /**
     * @param firedAttempt the number the retry was given when it fired
     * @return whether it should still register: it is the latest attempt and registration is wanted.
     *         An attempt that was already running when a newer one replaced it is not due, and
     *         leaves the newer one pending (and cancellable)
     */
    synchronized boolean due(long firedAttempt) {
        if (firedAttempt != attempt) {
            return false;
        }
        pending = null;
        return wanted;
    }

    /**
     * Schedules the next attempt after a temporary failure.
     *
     * @param retryAfterSeconds the response's Retry-After, or -1
     * @return when it will happen, or empty if it will not
     */
    synchronized Optional<Instant> schedule(RegistrationConfig config, int retryAfterSeconds) {
        if (!wanted || config == null || config.retryInterval().isZero()) {
            return Optional.empty();
        }
        Duration delay = retryAfterSeconds > 0 ? Duration.ofSeconds(retryAfterSeconds)
                : jittered(failures == 0 ? config.firstRetryInterval() : config.retryInterval(), config.retryJitter());
        failures++;
        cancel();
        long number = attempt;
        try {
            pending = timer.schedule(() -> retry.accept(number), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException endpointClosing) {
            return Optional.empty();
        }
        return Optional.of(Instant.now().plus(delay));
    }

    private void cancel() {
        attempt++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /** Uniform in [base - jitter, base + jitter], never negative. */
    private static Duration jittered(Duration base, Duration jitter) {
        if (jitter.isZero()) {
            return base;
        }
        long j = jitter.toMillis();
        return Duration.ofMillis(Math.max(0, base.toMillis() + ThreadLocalRandom.current().nextLong(-j, j + 1)));
    }
}
