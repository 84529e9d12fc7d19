package org.pjsua4j;

import java.util.List;
import java.util.function.Supplier;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;

/**
 * Something connected to calls through the conference bridge: a player, a recorder, a tone
 * generator, or the link between two calls. pjsua removes a call's conference port and adds a new
 * one whenever it rebuilds the audio stream (re-INVITE with new media, codec lock), which drops every
 * connection to the old port; the call re-attaches its taps to the new one. A tap ends when it is
 * closed, when one of its calls ends, or when the endpoint closes.
 */
abstract class CallAudioTap implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");
    final EndpointCore core;
    private final List<Call> calls;
    private final SharedHandle handle = new SharedHandle(this::destroy);

    CallAudioTap(EndpointCore core, List<Call> calls) {
        this.core = core;
        this.calls = List.copyOf(calls);
    }

    /** Connects to a call's current conference port, on pjsip's thread or under the endpoint lock. */
    abstract void attach(Call call, int callPort);

    /** Releases what the tap holds in pjsua; runs exactly once, when nothing uses it any more. */
    abstract void destroy();

    /** What the tap plays, records or links, for toString. */
    abstract String describe();

    /**
     * Registers a new tap with its calls and the endpoint, or destroys it if a call has ended, and
     * connects it to the calls whose audio is active. Called under the endpoint's lock.
     *
     * @throws IllegalStateException if one of its calls has ended meanwhile
     */
    static <T extends CallAudioTap> T started(T tap) {
        CallAudioTap t = tap;
        try {
            t.core.taps.add(t);
            for (Call call : t.calls) {
                if (!call.addTap(t)) {
                    throw new IllegalStateException("call " + call.id() + " has ended");
                }
            }
        } catch (RuntimeException e) {
            t.unregister();
            t.handle.close();
            throw e;
        }
        // Registered first, so a port pjsua builds meanwhile gets the tap from pjsip's thread; a
        // port read here may be that stale one, which pjsua refuses.
        for (Call call : t.calls) {
            int port = call.currentAudioPort();
            if (port != pjsua.PJSUA_INVALID_ID) {
                try {
                    t.attachIfOpen(call, port);
                } catch (PjsipException stalePort) {
                    LOG.log(System.Logger.Level.DEBUG, "port " + port + " of call " + call.id() + " went away", stalePort);
                }
            }
        }
        return tap;
    }

    void attachIfOpen(Call call, int callPort) {
        handle.use(() -> {
            attach(call, callPort);
            return null;
        }, null);
    }

    /** Runs an operation on the tap's native object, or returns {@code ifClosed} once it is closed. */
    <R> R ifOpen(String what, Supplier<R> use, R ifClosed) {
        if (handle.isClosed() || core.isClosed()) {
            return ifClosed;
        }
        try {
            return core.call(what, () -> handle.use(use, ifClosed));
        } catch (IllegalStateException endpointClosed) {
            return ifClosed;
        }
    }

    /** @return true if this call stopped it now, false if it was stopped already */
    boolean stop(String what) {
        if (handle.isClosed() || core.isClosed()) {
            return false;
        }
        try {
            return core.call(what, () -> {
                try {
                    return handle.close();
                } finally {
                    unregister();
                }
            });
        } catch (IllegalStateException endpointClosed) {
            return false;
        }
    }

    /** Under the endpoint's write lock, before pjsua_destroy. */
    void releaseAtEndpointClose() {
        handle.close();
    }

    private void unregister() {
        core.taps.remove(this);
        calls.forEach(c -> c.removeTap(this));
    }

    /** @return true once closed, by the application, the end of a call, or the endpoint */
    boolean isClosed() {
        return handle.isClosed() || core.isClosed();
    }

    /** @return true once its native part has been released or handed to its last user to release */
    boolean released() {
        return handle.isClosed();
    }

    @Override
    public abstract void close();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + describe() + (isClosed() ? ", closed" : "") + "]";
    }
}
