package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pjsua4j.RegistrationConfig;

/** RetrySchedule: when a failed registration is retried, and when not. */
class RetryScheduleTest {
    private final Timer timer = new Timer();
    private final AtomicInteger retries = new AtomicInteger();
    private final RetrySchedule schedule = new RetrySchedule(timer, attempt -> retries.incrementAndGet());

    private static RegistrationConfig retry(Duration first, Duration later, Duration jitter) {
        return RegistrationConfig.builder("sip:127.0.0.1").retry(first, later, jitter).build();
    }

    private static final RegistrationConfig NO_JITTER = retry(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ZERO);

    @Test
    void nothingIsScheduledUntilRegistrationIsWanted() {
        assertEquals(Optional.empty(), schedule.schedule(NO_JITTER, -1));
        schedule.want(false);
        assertEquals(Optional.empty(), schedule.schedule(NO_JITTER, -1));
        assertEquals(Optional.empty(), schedule.schedule(NO_JITTER, 30), "not even with a Retry-After");
        assertEquals(0, timer.scheduled.size());
    }

    @Test
    void nothingIsScheduledWithoutAConfigOrWithRetryingDisabled() {
        schedule.want(true);
        assertEquals(Optional.empty(), schedule.schedule(null, -1));
        RegistrationConfig disabled = retry(Duration.ofSeconds(2), Duration.ZERO, Duration.ofSeconds(1));
        assertEquals(Optional.empty(), schedule.schedule(disabled, -1));
        assertEquals(Optional.empty(), schedule.schedule(disabled, 30), "a Retry-After does not re-enable it");
        assertEquals(0, timer.scheduled.size());
    }

    @Test
    void theFirstRetryWaitsTheFirstIntervalAndLaterOnesTheRetryInterval() {
        schedule.want(true);
        Instant before = Instant.now();
        Optional<Instant> first = schedule.schedule(NO_JITTER, -1);
        Instant after = Instant.now();

        assertEquals(2000, timer.last().delayMillis);
        assertTrue(first.isPresent());
        assertFalse(first.get().isBefore(before.plusSeconds(2)), first.get() + " vs " + before);
        assertFalse(first.get().isAfter(after.plusSeconds(2)), first.get() + " vs " + after);

        schedule.schedule(NO_JITTER, -1);
        assertEquals(60_000, timer.last().delayMillis);
        schedule.schedule(NO_JITTER, -1);
        assertEquals(60_000, timer.last().delayMillis);
        assertEquals(3, timer.scheduled.size());
    }

    @Test
    void theScheduledTaskIsTheRetry() {
        schedule.want(true);
        schedule.schedule(NO_JITTER, -1);
        assertEquals(0, retries.get());
        timer.last().fire();
        assertEquals(1, retries.get());
    }

    @Test
    void jitterStaysWithinBaseMinusToBasePlusJitterAndVaries() {
        RegistrationConfig config = retry(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(3));
        Set<Long> firstDelays = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            schedule.want(true); // forgets the failures: the next one is a first retry again
            schedule.schedule(config, -1);
            long first = timer.last().delayMillis;
            assertTrue(first >= 7_000 && first <= 13_000, "first " + first);
            firstDelays.add(first);
            schedule.schedule(config, -1);
            long later = timer.last().delayMillis;
            assertTrue(later >= 57_000 && later <= 63_000, "later " + later);
        }
        assertTrue(firstDelays.size() > 1, "jitter moves the retries: " + firstDelays);
    }

    @Test
    void jitterReachesBothEndsAndNoFurther() {
        RegistrationConfig config = retry(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMillis(1));
        Set<Long> delays = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            schedule.want(true);
            schedule.schedule(config, -1);
            delays.add(timer.last().delayMillis);
        }
        assertEquals(Set.of(1999L, 2000L, 2001L), delays);
    }

    @Test
    void jitterNeverMakesTheDelayNegative() {
        RegistrationConfig config = retry(Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(10));
        long shortest = Long.MAX_VALUE;
        for (int i = 0; i < 300; i++) {
            schedule.want(true);
            schedule.schedule(config, -1);
            long first = timer.last().delayMillis;
            assertTrue(first >= 0 && first <= 10_000, "first " + first);
            shortest = Math.min(shortest, first);
        }
        // Half the draws fall below zero; they must be clamped to "at once", not dropped or negative.
        assertEquals(0, shortest);
    }

    @Test
    void retryAfterTakesPrecedenceOverIntervalAndJitter() {
        RegistrationConfig config = retry(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(3));
        schedule.want(true);
        Instant before = Instant.now();
        Optional<Instant> at = schedule.schedule(config, 120);

        assertEquals(120_000, timer.last().delayMillis);
        assertFalse(at.orElseThrow().isBefore(before.plusSeconds(120)));

        schedule.schedule(config, -1);
        long later = timer.last().delayMillis;
        assertTrue(later >= 57_000 && later <= 63_000, "a Retry-After counts as a failure: " + later);
    }

    @Test
    void aNewScheduleCancelsThePendingOne() {
        schedule.want(true);
        schedule.schedule(NO_JITTER, -1);
        Scheduled first = timer.last();
        schedule.schedule(NO_JITTER, -1);

        assertTrue(first.cancelled);
        assertFalse(first.mayInterrupt, "a retry that is running is not interrupted");
        assertFalse(timer.last().cancelled);
    }

    @Test
    void wantCancelsThePendingRetryAndForgetsFailures() {
        schedule.want(true);
        schedule.schedule(NO_JITTER, -1);
        schedule.schedule(NO_JITTER, -1);
        Scheduled pending = timer.last();

        schedule.want(true);
        assertTrue(pending.cancelled);
        schedule.schedule(NO_JITTER, -1);
        assertEquals(2000, timer.last().delayMillis, "the first interval again");

        Scheduled again = timer.last();
        schedule.want(false);
        assertTrue(again.cancelled);
        assertEquals(Optional.empty(), schedule.schedule(NO_JITTER, -1));
    }

    @Test
    void succeededCancelsThePendingRetryAndForgetsFailuresButStaysWanted() {
        schedule.want(true);
        schedule.schedule(NO_JITTER, -1);
        schedule.schedule(NO_JITTER, -1);
        Scheduled pending = timer.last();

        schedule.succeeded();
        assertTrue(pending.cancelled);
        assertTrue(schedule.schedule(NO_JITTER, -1).isPresent(), "still wanted");
        assertEquals(2000, timer.last().delayMillis, "the first interval again");
    }

    @Test
    void dueTellsWhetherTheFiredRetryShouldStillRegister() {
        List<Long> fired = new ArrayList<>();
        RetrySchedule s = new RetrySchedule(timer, fired::add);
        s.want(true);
        s.schedule(NO_JITTER, -1);
        timer.last().fire();
        assertTrue(s.due(fired.get(0)));
        s.schedule(NO_JITTER, -1);
        timer.last().fire();
        s.want(false);
        assertFalse(s.due(fired.get(1)), "registration is no longer wanted");
    }

    @Test
    void aRetryThatFiredIsNotCancelledLater() {
        List<Boolean> dueWhenFired = new ArrayList<>();
        RetrySchedule[] s = new RetrySchedule[1];
        s[0] = new RetrySchedule(timer, attempt -> dueWhenFired.add(s[0].due(attempt)));
        s[0].want(true);
        s[0].schedule(NO_JITTER, -1);
        Scheduled fired = timer.last();
        fired.fire();

        s[0].want(false);
        s[0].succeeded();
        assertEquals(List.of(true), dueWhenFired);
        assertEquals(0, fired.cancelCalls, "the fired retry is no longer pending");
    }

    @Test
    void aRetryStillRunningWhenANewerOneIsScheduledLeavesTheNewerOneCancellable() {
        List<Long> fired = new ArrayList<>();
        RetrySchedule s = new RetrySchedule(timer, fired::add);
        s.want(true);
        s.schedule(NO_JITTER, -1);
        Scheduled first = timer.last();
        first.fire(); // running: it has not reached due() yet
        s.schedule(NO_JITTER, -1); // another failure schedules the next attempt meanwhile
        Scheduled second = timer.last();
        assertFalse(s.due(fired.get(0)), "the replaced attempt does not register");
        s.succeeded();
        assertTrue(second.cancelled, "the newer attempt is cancelled by the success, not orphaned");
    }

    @Test
    void aRejectingTimerMeansNoRetry() {
        schedule.want(true);
        timer.rejecting = true;
        assertEquals(Optional.empty(), schedule.schedule(NO_JITTER, -1));
        assertEquals(Optional.empty(), schedule.schedule(NO_JITTER, 30));
    }

    /** One call to {@link ScheduledExecutorService#schedule(Runnable, long, TimeUnit)}. */
    private static final class Scheduled implements ScheduledFuture<Object> {
        final Runnable task;
        final long delayMillis;
        boolean cancelled;
        boolean mayInterrupt;
        int cancelCalls;
        boolean done;

        Scheduled(Runnable task, long delayMillis) {
            this.task = task;
            this.delayMillis = delayMillis;
        }

        void fire() {
            assertFalse(cancelled, "fired a cancelled retry");
            done = true;
            task.run();
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(delayMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), o.getDelay(TimeUnit.MILLISECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelCalls++;
            if (done || cancelled) {
                return false;
            }
            cancelled = true;
            mayInterrupt = mayInterruptIfRunning;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }
    }

    /** A timer that records what is scheduled and runs it only when the test fires it. */
    private static final class Timer extends AbstractExecutorService implements ScheduledExecutorService {
        final List<Scheduled> scheduled = new ArrayList<>();
        boolean rejecting;

        Scheduled last() {
            assertFalse(scheduled.isEmpty(), "nothing was scheduled");
            return scheduled.get(scheduled.size() - 1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            if (rejecting) {
                throw new RejectedExecutionException("shut down");
            }
            Scheduled s = new Scheduled(command, unit.toMillis(delay));
            scheduled.add(s);
            return s;
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void execute(Runnable command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void shutdown() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Runnable> shutdownNow() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isShutdown() {
            return rejecting;
        }

        @Override
        public boolean isTerminated() {
            return rejecting;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }
    }
}
