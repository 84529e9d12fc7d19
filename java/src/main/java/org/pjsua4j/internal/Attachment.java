package org.pjsua4j.internal;

import java.util.List;
import java.util.function.Supplier;
import org.pjsua4j.AudioAttachment;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;

/**
 * What every {@link AudioAttachment} shares: its calls, its native object and their lifecycle. pjsua
 * removes a call's conference port and adds a new one whenever it rebuilds the audio stream
 * (re-INVITE with new media, codec lock), which drops every connection to the old port; the call
 * attaches its attachments to the new one. An attachment ends when it is closed, when one of its
 * calls ends, or when the endpoint closes.
 */
public abstract class Attachment implements AudioAttachment {
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");
    final EndpointCore core;
    private final List<RealCall> calls;
    private final SharedHandle handle = new SharedHandle(this::destroy);

    Attachment(EndpointCore core, List<RealCall> calls) {
        this.core = core;
        this.calls = List.copyOf(calls);
    }

    /** Connects to a call's current conference port, on pjsip's thread or under the endpoint lock. */
    abstract void attach(RealCall call, int callPort);

    /** Releases what it holds in pjsua; runs exactly once, when nothing uses it any more. */
    abstract void destroy();

    /** What it plays, records or links, for toString. */
    abstract String describe();

    /**
     * Registers a new attachment with its calls and the endpoint, or destroys it if a call has ended,
     * and connects it to the calls whose audio is active. Called under the endpoint's lock.
     *
     * @throws IllegalStateException if one of its calls has ended meanwhile
     */
    static <T extends Attachment> T started(T attachment) {
        Attachment a = attachment;
        try {
            a.core.registry().add(a);
            for (RealCall call : a.calls) {
                if (!call.media().add(a)) {
                    throw new IllegalStateException("call " + call.id() + " has ended");
                }
            }
        } catch (RuntimeException e) {
            a.unregister();
            a.handle.close();
            throw e;
        }
        // Registered first, so a port pjsua builds meanwhile gets it from pjsip's thread; a port read
        // here may be that stale one, which pjsua refuses.
        for (RealCall call : a.calls) {
            int port = call.media().currentPort();
            if (port != pjsua.PJSUA_INVALID_ID) {
                try {
                    a.attachIfOpen(call, port);
                } catch (PjsipException stalePort) {
                    LOG.log(System.Logger.Level.DEBUG, "port " + port + " of call " + call.id() + " went away", stalePort);
                }
            }
        }
        return attachment;
    }

    void attachIfOpen(RealCall call, int callPort) {
        handle.use(() -> {
            attach(call, callPort);
            return null;
        }, null);
    }

    /**
     * Runs {@code use} on the native object unless it is closed, without the endpoint's lock: for
     * waits that must not hold off a closing endpoint, and for waking them while it closes.
     */
    <R> R useNative(Supplier<R> use, R ifClosed) {
        return handle.use(use, ifClosed);
    }

    /** {@link #useNative} without a lambda, for per-frame paths: a true must be paired with {@link #exitNative}. */
    boolean enterNative() {
        return handle.enter();
    }

    void exitNative() {
        handle.exit();
    }

    /**
     * The guard of operations on the native object: runs {@code use} under the endpoint's lock, or
     * returns {@code ifClosed} once it is closed.
     */
    <R> R ifOpen(String operation, Supplier<R> use, R ifClosed) {
        return whileOpen(operation, () -> handle.use(use, ifClosed), ifClosed);
    }

    /** @return true if this call stopped it now, false if it was stopped already */
    boolean stop(String operation) {
        return whileOpen(operation, () -> {
            try {
                return handle.close();
            } finally {
                unregister();
            }
        }, false);
    }

    private <R> R whileOpen(String operation, Supplier<R> action, R ifClosed) {
        if (!isOpen()) {
            return ifClosed;
        }
        try {
            return core.call(operation, action);
        } catch (IllegalStateException endpointClosed) {
            return ifClosed;
        }
    }

    /** Under the endpoint's write lock, before pjsua_destroy. */
    void releaseAtEndpointClose() {
        handle.close();
    }

    private void unregister() {
        core.registry().remove(this);
        calls.forEach(c -> c.media().remove(this));
    }

    @Override
    public boolean isOpen() {
        return !handle.isClosed() && !core.isClosed();
    }

    /**
     * @return true once its native part has been released, or handed to its last user on pjsip's
     *         thread to release (for tests and diagnostics)
     */
    public boolean released() {
        return handle.isClosed();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + describe() + (isOpen() ? "" : ", closed") + "]";
    }
}
