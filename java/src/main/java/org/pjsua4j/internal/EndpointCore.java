package org.pjsua4j.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Codec;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.SipStatus;
import org.pjsua4j.Transport;
import org.pjsua4j.raw.PjsuaCallbacks;
import org.pjsua4j.raw.UnhandledRequests;
import org.pjsua4j.raw.pjsua;

/**
 * The running pjsua instance behind an {@link org.pjsua4j.Endpoint}, and everything it owns. It never
 * refers to the Endpoint object, so an Endpoint dropped without close() can be noticed by its Cleaner.
 *
 * <p>Locking: API calls run under the read lock ({@link #call}) and close() under the write lock, so
 * no call can reach a destroyed pjsua. pjsip's callback threads never take this lock (pjsua_destroy
 * waits for them), and nothing calls pjsua while holding another Java lock that a callback could want.
 */
public final class EndpointCore {
    private static final AtomicReference<EndpointCore> ACTIVE = new AtomicReference<>();
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");
    private static final long DRAIN_SECONDS = 5;
    /** A hangup on a working network is answered in milliseconds. */
    private static final Duration CALLS_END = Duration.ofSeconds(1);

    private final EndpointConfig config;
    private final ListenerErrors errors = ListenerErrors.logging();
    private final ExecutorService eventPool;
    private final Registry registry = new Registry();
    /** Runs registration retries and the audio check; one daemon thread, pjsua4j-timer. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "pjsua4j-timer");
        t.setDaemon(true);
        return t;
    });
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;
    private PjsuaSetup.Started started;

    private EndpointCore(EndpointConfig config) {
        this.config = config;
        this.eventPool = EventThreads.create(EventThreads.bound(config.maxCalls()));
    }

    /**
     * Starts pjsua.
     *
     * @param config the configuration
     * @return the running core
     * @throws IllegalStateException if another endpoint is open in this process
     */
    public static EndpointCore open(EndpointConfig config) {
        EndpointCore core = new EndpointCore(config);
        if (!ACTIVE.compareAndSet(null, core)) {
            throw new IllegalStateException("an Endpoint is already open in this process (pjsua allows one); close it first");
        }
        try {
            core.started = PjsuaSetup.start(config, new NativeEvents(core),
                    config.unhandledRequestHandler().map(h -> new HeldRequests(core, h)).orElse(null));
            core.watchAudio(config.noAudioTimeout(), CallMedia.checkPeriod(config.noAudioTimeout(), config.mediaTimeout()));
            return core;
        } catch (RuntimeException | Error e) {
            core.closed = true;
            core.eventPool.shutdownNow();
            core.timer.shutdownNow();
            ACTIVE.compareAndSet(core, null);
            throw e;
        }
    }

    /**
     * Checks each call's incoming RTP as often as the shortest timeout of any call needs (see
     * {@link CallMedia#checkPeriod}): accounts may set their own media timeout, so the period is
     * worked out anew at each round.
     */
    private void watchAudio(Duration warnAfter, long delayMs) {
        try {
            timer.schedule(() -> {
                long next = CallMedia.IDLE_CHECK_MS;
                try {
                    for (RealCall c : registry.calls()) {
                        // Per call: one call's failure must not leave the others unwatched.
                        try {
                            next = Math.min(next, c.media().checkAudio(warnAfter));
                        } catch (RuntimeException e) {
                            LOG.log(System.Logger.Level.ERROR, "audio check of call " + c.id()
                                    + " failed; checking again next period", e);
                        }
                    }
                } finally {
                    watchAudio(warnAfter, next);
                }
            }, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The endpoint is closing: no calls left to watch.
        }
    }

    EndpointConfig config() {
        return config;
    }

    Registry registry() {
        return registry;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    /** @return a new executor for one account's or call's events, on the shared event threads */
    SerialExecutor newEventQueue() {
        return new SerialExecutor(eventPool, errors);
    }

    /** Where accounts bind RTP: the first transport's address, which SDP advertises, and the ports configured. */
    MediaBinding media() {
        return new MediaBinding(started.transports().get(0).host(), config().rtpPorts());
    }

    /** The conference bridge's sampling rate in Hz. */
    int bridgeClockRate() {
        return started.bridgeClockRate();
    }

    /** @return true once close() has begun */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Runs a pjsua operation unless the endpoint is closed, and keeps close() out while it runs.
     *
     * @param operation what the caller is doing, e.g. {@code Call.hangup}, for the exception message
     * @throws IllegalStateException if the endpoint is closed
     */
    <T> T call(String operation, Supplier<T> action) {
        Lock read = lock.readLock();
        read.lock();
        try {
            if (closed) {
                throw new IllegalStateException(operation + ": the Endpoint is closed");
            }
            return action.get();
        } finally {
            read.unlock();
        }
    }

    void run(String operation, Runnable action) {
        call(operation, () -> {
            action.run();
            return null;
        });
    }

    /**
     * Sends a request whose final status pjsua reports by token (on_acc_send_request,
     * on_pager_status2), completing the future on {@code events}.
     */
    CompletableFuture<SipStatus> sendTracked(SerialExecutor events, LongConsumer send) {
        CompletableFuture<SipStatus> done = new CompletableFuture<>();
        long token = registry.expect((code, reason) -> events.execute(() -> done.complete(new SipStatus(code, reason))));
        try {
            send.accept(token);
        } catch (RuntimeException e) {
            // pjsip may already have reported the failure through the callback.
            if (registry.forgetRequest(token)) {
                throw e;
            }
        }
        return done;
    }

    // What Endpoint offers; each names its operation once.

    public List<Transport> transports() {
        return call("Endpoint.transports", started::transports);
    }

    public Account addAccount(AccountConfig accountConfig, AccountListener listener) {
        Objects.requireNonNull(accountConfig, "config");
        Objects.requireNonNull(listener, "listener");
        return call("Endpoint.addAccount", () -> RealAccount.add(this, accountConfig, listener));
    }

    public Account addLocalAccount(Transport transport, AccountListener listener) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(listener, "listener");
        return call("Endpoint.addLocalAccount", () -> {
            requireOwnTransport(transport);
            return RealAccount.addLocal(this, transport, listener);
        });
    }

    public Account addLocalAccount(Transport transport, AccountConfig accountConfig, AccountListener listener) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(accountConfig, "config");
        Objects.requireNonNull(listener, "listener");
        return call("Endpoint.addLocalAccount", () -> {
            requireOwnTransport(transport);
            return RealAccount.addLocal(this, transport, accountConfig, listener);
        });
    }

    private void requireOwnTransport(Transport transport) {
        if (!started.transports().contains(transport)) {
            throw new IllegalArgumentException(transport + " is not a transport of this endpoint");
        }
    }

    public List<Account> accounts() {
        return call("Endpoint.accounts", () -> List.copyOf(registry.accounts()));
    }

    public Optional<Account> defaultAccount() {
        return call("Endpoint.defaultAccount", () -> Optional.ofNullable(registry.account(pjsua.pjsua_acc_get_default())));
    }

    public Optional<Account> accountFor(String uri) {
        Objects.requireNonNull(uri, "uri");
        return call("Endpoint.accountFor", () -> {
            SipUris.require("uri", uri);
            if (registry.accounts().isEmpty()) {
                return Optional.empty();
            }
            return Optional.ofNullable(registry.account(pjsua.pjsua_acc_find_for_outgoing(uri)));
        });
    }

    public void hangupAll() {
        run("Endpoint.hangupAll", () -> {
            registry.calls().forEach(RealCall::requestEnd);
            pjsua.pjsua_call_hangup_all();
        });
    }

    public List<Codec> codecs() {
        return call("Endpoint.codecs", Codecs::list);
    }

    public void setCodecPriority(String codecId, int priority) {
        Codecs.checkPriority(codecId, priority);
        run("Endpoint.setCodecPriority", () -> Codecs.setPriority(codecId, priority));
    }

    public Map<String, String> pjsipSettings() {
        return call("Endpoint.pjsipSettings", PjsipSettings::read);
    }

    public int callCount() {
        return call("Endpoint.callCount", () -> (int) pjsua.pjsua_call_get_count());
    }

    /**
     * Hangs up every call, releases what is attached to them, destroys pjsua (which unregisters every
     * account) and delivers the resulting events before returning, unless called from a listener.
     * Idempotent.
     */
    public void close() {
        Lock write = lock.writeLock();
        write.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            timer.shutdownNow();
            // Requests waiting for the handler get their default answer while the transports still
            // work; from now on new ones get it at once.
            pjsua.pj4j_unhandled_hold(0);
            registry.calls().forEach(RealCall::requestEnd);
            // pjsua_destroy would leave tone generators, which it does not know, behind.
            registry.releaseAttachments();
            endCalls();
            // pjsua unregisters every account, and waits a second for answers. pj4j_destroy waits
            // for the unregistrations only until they are answered, and skips the rest when nothing
            // else pjsua knows of awaits an answer (an unfinished call, presence); requests of ours in
            // flight (OPTIONS, MESSAGE, Contact: *) keep it. The final events are delivered before
            // close() returns.
            if (registry.hasPendingRequests()) {
                pjsua.pjsua_destroy();
            } else {
                pjsua.pj4j_destroy();
            }
            PjsuaCallbacks.install(null);
            UnhandledRequests.install(null);
            registry.accounts().forEach(RealAccount::markClosed);
            registry.clear();
        } finally {
            write.unlock();
            ACTIVE.compareAndSet(this, null);
        }
        drainEvents();
    }

    /**
     * Hangs up every call and gives their ends a moment to be answered, so that a call left open
     * does not cost pjsua's one-second shutdown wait; one still not over then is ended by pjsua_destroy.
     */
    private void endCalls() {
        if (pjsua.pjsua_call_get_count() == 0) {
            return;
        }
        pjsua.pjsua_call_hangup_all();
        long deadline = System.nanoTime() + CALLS_END.toNanos();
        while (pjsua.pjsua_call_get_count() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void drainEvents() {
        eventPool.shutdown();
        if (EventThreads.isEventThread()) {
            return; // a listener closing the endpoint cannot wait for itself
        }
        try {
            if (!eventPool.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "listeners still busy " + DRAIN_SECONDS + " s after Endpoint.close()");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cleaner action for an Endpoint dropped without close(): runs on the Cleaner's thread. */
    public void releaseLeaked() {
        if (closed) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "an Endpoint was garbage-collected without close(); closing it now");
        // pjsua is never called on the Cleaner's thread; a thread of ours does it.
        Thread t = new Thread(this::close, "pjsua4j-leak-release");
        t.setDaemon(true);
        t.start();
    }
}
