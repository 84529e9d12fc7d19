package org.pjsua4j.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.pjsua4j.AccountConfig;

/**
 * When an account retries a failed registration. pjsua's own retry timer is switched off because it
 * cannot say when it will fire; this one can, so failure events carry the time of the next attempt.
 * Never calls pjsua while holding its monitor (pjsip's thread calls in here holding pjsua's lock).
 */
final class RetrySchedule {
    private final ScheduledExecutorService timer;
    private final Runnable retry;
    private boolean wanted;
    private int failures;
    private ScheduledFuture<?> pending;

    RetrySchedule(ScheduledExecutorService timer, Runnable retry) {
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

    /** @return whether a retry that fires now should still register */
    synchronized boolean due() {
        pending = null;
        return wanted;
    }

    /**
     * Schedules the next attempt after a temporary failure.
     *
     * @param retryAfterSeconds the response's Retry-After, or -1
     * @return when it will happen, or empty if it will not
     */
    synchronized Optional<Instant> schedule(AccountConfig config, int retryAfterSeconds) {
        if (!wanted || config == null || config.retryInterval().isZero()) {
            return Optional.empty();
        }
        Duration delay = retryAfterSeconds > 0 ? Duration.ofSeconds(retryAfterSeconds)
                : jittered(failures == 0 ? config.firstRetryInterval() : config.retryInterval(), config.retryJitter());
        failures++;
        cancel();
        try {
            pending = timer.schedule(retry, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException endpointClosing) {
            return Optional.empty();
        }
        return Optional.of(Instant.now().plus(delay));
    }

    private void cancel() {
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
