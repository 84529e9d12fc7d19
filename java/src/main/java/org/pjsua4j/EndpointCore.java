package org.pjsua4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.pjsua4j.raw.PjsuaCallbacks;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_config;
import org.pjsua4j.raw.pjsua_media_config;
import org.pjsua4j.raw.pjsua_transport_config;
import org.pjsua4j.raw.pjsua_transport_info;

/**
 * The running pjsua instance behind an {@link Endpoint}, and everything it owns. It never refers to
 * the Endpoint object, so an Endpoint dropped without close() can be noticed by its Cleaner.
 *
 * <p>Locking: API calls run under the read lock and close() under the write lock, so no call can
 * reach a destroyed pjsua. pjsip's callback threads never take this lock (pjsua_destroy waits for
 * them), and nothing calls pjsua while holding another Java lock that a callback could want.
 */
final class EndpointCore {
    private static final AtomicReference<EndpointCore> ACTIVE = new AtomicReference<>();
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");
    private static final long DRAIN_SECONDS = 5;

    final EndpointConfig config;
    final ListenerErrors errors = ListenerErrors.logging();
    final ExecutorService eventPool = EventThreads.create();
    final SerialExecutor endpointEvents = new SerialExecutor(eventPool, errors);
    final Map<Integer, Account> accounts = new ConcurrentHashMap<>();
    final Map<Integer, Call> calls = new ConcurrentHashMap<>();
    /** Outgoing calls by the token passed to pjsua as user_data, until their call id is known. */
    final Map<Long, Call> callsByToken = new ConcurrentHashMap<>();
    /** Out-of-dialog requests in flight, by the token passed to pjsua, until their final response. */
    final Map<Long, BiConsumer<Integer, String>> requests = new ConcurrentHashMap<>();
    /** Players, recorders, tone generators and call links not closed yet, released before pjsua is. */
    final Set<CallAudioTap> taps = ConcurrentHashMap.newKeySet();
    /** Held while a call-to-call connection is checked against the existing ones and created. */
    final Object connecting = new Object();
    /** Runs registration retries; one daemon thread, pjsua4j-timer. */
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "pjsua4j-timer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong tokens = new AtomicLong();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;
    private List<Transport> transports = List.of();
    private String mediaAddress;
    private int bridgeClockRate;

    private EndpointCore(EndpointConfig config) {
        this.config = config;
    }

    static EndpointCore open(EndpointConfig config) {
        EndpointCore core = new EndpointCore(config);
        if (!ACTIVE.compareAndSet(null, core)) {
            throw new IllegalStateException("an Endpoint is already open in this process (pjsua allows one); close it first");
        }
        try {
            core.start();
            return core;
        } catch (RuntimeException | Error e) {
            core.closed = true;
            core.eventPool.shutdownNow();
            core.timer.shutdownNow();
            ACTIVE.compareAndSet(core, null);
            throw e;
        }
    }

    private void start() {
        pjsua.pjsua_create();
        boolean started = false;
        try {
            try (pjsua_config ua = new pjsua_config(); pjsua_media_config media = new pjsua_media_config()) {
                pjsua.pjsua_config_default(ua);
                ua.setMax_calls(config.maxCalls());
                ua.setUser_agent(config.userAgent());
                pjsua.pjsua_media_config_default(media);
                media.setNo_vad(!config.vad());
                bridgeClockRate = (int) media.getClock_rate();
                PjsuaCallbacks.install(new NativeEvents(this));
                pjsua.pjsua_init(ua, null, media);
            }
            // pjsip keeps these per process, so every start sets all of them.
            EndpointConfig.SipTimers timers = config.sipTimers();
            pjsua.pjsip_tsx_set_timers((int) timers.t1().toMillis(), (int) timers.t2().toMillis(), 0,
                    (int) timers.transactionTimeout().toMillis());
            List<Transport> created = new ArrayList<>();
            for (EndpointConfig.TransportSpec spec : config.transports()) {
                created.add(createTransport(spec));
            }
            transports = List.copyOf(created);
            mediaAddress = transports.get(0).host();
            pjsua.pjsua_set_null_snd_dev();
            pjsua.pjsua_start();
            started = true;
            watchAudio(config.noAudioTimeout());
        } finally {
            if (!started) {
                PjsuaCallbacks.install(null);
                pjsua.pjsua_destroy();
            }
        }
    }

    /** Checks each call's incoming RTP often enough to report silence within a quarter of the timeout. */
    private void watchAudio(java.time.Duration timeout) {
        if (timeout.isZero()) {
            return;
        }
        long period = Math.min(1000, timeout.toMillis() / 4);
        timer.scheduleAtFixedRate(() -> {
            try {
                calls.values().forEach(c -> c.checkAudio(timeout));
            } catch (RuntimeException e) {
                // An escaping exception would cancel the schedule for good.
                LOG.log(System.Logger.Level.ERROR, "no-audio check failed; checking again next period", e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    private static Transport createTransport(EndpointConfig.TransportSpec spec) {
        boolean ipv6 = spec.host().contains(":");
        int id;
        try (pjsua_transport_config tc = new pjsua_transport_config()) {
            pjsua.pjsua_transport_config_default(tc);
            tc.setPort(spec.port());
            tc.setBound_addr(spec.host());
            tc.setPublic_addr(spec.host());
            id = pjsua.pjsua_transport_create(spec.type().toNative(ipv6), tc);
        }
        try (pjsua_transport_info ti = new pjsua_transport_info()) {
            pjsua.pjsua_transport_get_info(id, ti);
            return new Transport(id, spec.type(), spec.host(), ti.getLocal_name().getPort());
        }
    }

    List<Transport> transports() {
        return transports;
    }

    /** The address accounts bind RTP to and put in SDP: the first transport's. */
    String mediaAddress() {
        return mediaAddress;
    }

    /** The conference bridge's sampling rate in Hz. */
    int bridgeClockRate() {
        return bridgeClockRate;
    }

    long nextToken() {
        return tokens.incrementAndGet();
    }

    /**
     * Sends a request whose final status pjsua reports by token (on_acc_send_request,
     * on_pager_status2), completing the future on {@code events}.
     */
    CompletableFuture<SipStatus> sendTracked(SerialExecutor events, LongConsumer send) {
        CompletableFuture<SipStatus> done = new CompletableFuture<>();
        long token = nextToken();
        requests.put(token, (code, reason) -> events.execute(() -> done.complete(new SipStatus(code, reason))));
        try {
            send.accept(token);
        } catch (RuntimeException e) {
            // pjsip may already have reported the failure through the callback.
            if (requests.remove(token) != null) {
                throw e;
            }
        }
        return done;
    }

    boolean isClosed() {
        return closed;
    }

    /** Runs a pjsua operation unless the endpoint is closed, and keeps close() out while it runs. */
    <T> T call(String what, Supplier<T> action) {
        Lock read = lock.readLock();
        read.lock();
        try {
            if (closed) {
                throw new IllegalStateException(what + ": the Endpoint is closed");
            }
            return action.get();
        } finally {
            read.unlock();
        }
    }

    void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }

    void close() {
        Lock write = lock.writeLock();
        write.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            timer.shutdownNow();
            calls.values().forEach(Call::requestEnd);
            // pjsua_destroy would leave tone generators, which it does not know, behind.
            for (CallAudioTap tap : taps) {
                try {
                    tap.releaseAtEndpointClose();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not release " + tap, e);
                }
            }
            taps.clear();
            // pjsua_destroy hangs up every call and unregisters every account; their final events
            // are delivered before close() returns.
            pjsua.pjsua_destroy();
            PjsuaCallbacks.install(null);
            accounts.values().forEach(Account::markClosed);
            accounts.clear();
            calls.clear();
            callsByToken.clear();
            requests.clear();
        } finally {
            write.unlock();
            ACTIVE.compareAndSet(this, null);
        }
        drainEvents();
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
    void releaseLeaked() {
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
