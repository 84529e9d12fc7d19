package org.pjsua4j.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.RegistrationEvent;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.RegState;
import org.pjsua4j.raw.pjsua;

/**
 * One account's registration: sending REGISTERs, turning pjsua's reports into
 * {@link RegistrationEvent}s, retrying temporary failures, and waiting for an unregistration's
 * outcome. pjsua's reports are counted in {@link #onRegState}; a caller that must know whether one
 * arrived after some point compares counts.
 */
final class Registration {
    /** pjsip reports a timed-out unregistration a little after its transaction timeout. */
    private static final long UNREGISTER_SLACK_MS = 1000;
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");

    private final RealAccount account;
    private final RetrySchedule retries;
    private final CompletableFuture<RegistrationEvent> first = new CompletableFuture<>();
    /**
     * What pjsua reported (on_reg_state2), counted: {@link #send} tells its own failure from one pjsua
     * reported, close waits for the next report or the next unregistration's. Guarded by this;
     * pjsip's thread only counts and notifies here, never calls out.
     */
    private long reports;
    private long unregistrations;
    /** Waiting for pjsua's next report: what {@link #set} returned. Guarded by this. */
    private List<CompletableFuture<RegistrationEvent>> nextReport = new ArrayList<>();

    Registration(RealAccount account, EndpointCore core) {
        this.account = account;
        this.retries = new RetrySchedule(core.timer(), this::retry);
    }

    CompletableFuture<RegistrationEvent> first() {
        return first.copy();
    }

    /** Under the endpoint's lock: the account was added with a registrar. */
    void start() {
        retries.want(true);
        send(true, true);
    }

    /**
     * Under the endpoint's lock: the application asked to (un)register now.
     *
     * @return the next outcome pjsua reports for the account, normally this request's
     */
    CompletableFuture<RegistrationEvent> set(boolean register) {
        retries.want(register);
        CompletableFuture<RegistrationEvent> outcome = new CompletableFuture<>();
        synchronized (this) {
            nextReport.add(outcome);
        }
        try {
            send(register, false);
        } catch (RuntimeException e) {
            synchronized (this) {
                nextReport.remove(outcome);
            }
            throw e;
        }
        return outcome;
    }

    /** The account's registrar changed or went away. */
    void want(boolean registered) {
        retries.want(registered);
    }

    /** Closed: no retry is sent any more. */
    void stop() {
        retries.want(false);
    }

    /**
     * pjsua_acc_set_registration. When the REGISTER cannot even be sent (e.g. the registrar's TCP port
     * refuses), pjsua may or may not have reported that through on_reg_state2 before returning the
     * error. Reported: the event stands. Not reported: the error becomes a FAILED event (503, as
     * pjsip reports transport failures) with a retry, or, for an explicit request, an exception.
     */
    private void send(boolean register, boolean failureAsEvent) {
        long before = reportCount();
        try {
            pjsua.pjsua_acc_set_registration(account.id(), register);
        } catch (PjsipException e) {
            if (reportCount() != before) {
                return;
            }
            if (!failureAsEvent) {
                throw e;
            }
            onRegState(new RegState(e.status(), 503, e.statusText(), 0, List.of(), "", -1, register));
        }
    }

    private void retry(long attempt) {
        account.ifOpen("registration retry", () -> {
            if (retries.due(attempt)) {
                send(true, true);
            }
        });
    }

    /** On pjsip's thread: the outcome of a REGISTER pjsua sent for this account. */
    void onRegState(RegState s) {
        boolean ok = s.status() == 0 && s.code() / 100 == 2;
        RegistrationEvent.Kind kind = !ok ? RegistrationEvent.Kind.FAILED
                : s.renew() && s.expiration() > 0 ? RegistrationEvent.Kind.SUCCEEDED : RegistrationEvent.Kind.ENDED;
        Optional<Instant> next = Optional.empty();
        if (kind == RegistrationEvent.Kind.SUCCEEDED) {
            retries.succeeded();
        } else if (kind == RegistrationEvent.Kind.FAILED && s.renew() && isTemporary(s.code())) {
            AccountConfig config = account.config();
            next = retries.schedule(config == null ? null : config.registration().orElse(null), s.retryAfter());
        }
        boolean succeeded = kind == RegistrationEvent.Kind.SUCCEEDED;
        List<CompletableFuture<RegistrationEvent>> settled = new ArrayList<>();
        settled.add(first);
        synchronized (this) {
            reports++;
            if (!s.renew()) {
                unregistrations++;
            }
            settled.addAll(nextReport);
            nextReport = new ArrayList<>();
            notifyAll();
        }
        account.deliver(new RegistrationEvent(account, kind, s.code(), s.reason(), succeeded ? s.expiration() : 0,
                succeeded ? s.contact() : "", s.contacts(), next, s.status()), settled);
    }

    /** The outcome of a Contact: * unregistration (pj4j_acc_unregister_all). */
    void onUnregisterAll(int code, String reason, CompletableFuture<RegistrationEvent> done) {
        RegistrationEvent.Kind kind = code / 100 == 2 ? RegistrationEvent.Kind.ENDED : RegistrationEvent.Kind.FAILED;
        account.deliver(new RegistrationEvent(account, kind, code, reason, 0, "", List.of(), Optional.empty(), 0), done);
    }

    private synchronized long reportCount() {
        return reports;
    }

    /**
     * The failures pjsua itself retries: those that may pass without the user doing anything. No
     * response at all arrives as pjsip's own 408 (timeout) or 503 (transport failure). A rejected
     * password is 401/403 with a non-zero status, and is final.
     */
    static boolean isTemporary(int code) {
        return code == 408 || code == 480 || code == 500 || code == 502 || code == 503 || code == 504
                || code / 100 == 6;
    }

    private enum Unregistering { SENT, BUSY, NOTHING_TO_UNDO }

    /**
     * pjsua_acc_del only sends the unregistration; a caller that closes the account and then asks
     * the registrar would race it. So close sends it itself and waits for the outcome, at most the
     * unregister timeout (as pjsua_destroy does), without holding the endpoint's lock. A REGISTER
     * still in flight (an account closed right after it was added) makes pjsip refuse a second one;
     * its outcome is awaited first, else the binding it creates would outlive the account. While pjsip
     * answers a 401 challenge its regc is briefly free: an unregistration sent then goes out first, and
     * pjsua drops the authenticated REGISTER (EBUSY) without a report, so the account ends without
     * ever having registered.
     */
    void awaitUnregistration(EndpointCore core, String operation, Duration timeout) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout.toMillis() + UNREGISTER_SLACK_MS);
        while (true) {
            long seen;
            long seenUnregistrations;
            synchronized (this) {
                seen = reports;
                seenUnregistrations = unregistrations;
            }
            Unregistering attempt = core.call(operation, this::sendUnregistration);
            if (attempt == Unregistering.NOTHING_TO_UNDO) {
                return;
            }
            // Busy: the REGISTER in flight reports first. Sent: wait for the unregistration's own
            // outcome, not that of a REGISTER that was still finishing.
            boolean arrived = attempt == Unregistering.SENT ? awaitCount(true, seenUnregistrations, deadline)
                    : awaitCount(false, seen, deadline);
            if (!arrived) {
                LOG.log(System.Logger.Level.WARNING, "no outcome of the unregistration of " + Redact.uri(account.uri())
                        + " within " + timeout);
                return;
            }
            if (attempt == Unregistering.SENT) {
                return;
            }
        }
    }

    private Unregistering sendUnregistration() {
        try {
            pjsua.pjsua_acc_set_registration(account.id(), false);
            return Unregistering.SENT;
        } catch (PjsipException e) {
            return e.status() == pjsua.PJSIP_EBUSY ? Unregistering.BUSY : Unregistering.NOTHING_TO_UNDO;
        }
    }

    /** @return false on timeout or interrupt */
    private synchronized boolean awaitCount(boolean unregistrationsOnly, long seen, long deadline) {
        try {
            while ((unregistrationsOnly ? unregistrations : reports) == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
