package org.pjsua4j.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Guards a native object that pjsip's threads use while an application thread may close it. pjsip's
 * threads must not wait for a Java lock (they may hold pjsip's own locks, which the closing thread
 * may need), so users are counted instead: after {@link #close()} no new use begins, and whoever
 * finishes last (the closer, or the last user) releases the object, exactly once.
 */
final class SharedHandle {
    private static final int CLOSED = 1 << 30;
    private final AtomicInteger state = new AtomicInteger();
    private final Runnable release;

    SharedHandle(Runnable release) {
        this.release = release;
    }

    /** Runs {@code use} unless closed; then returns {@code ifClosed} without running it. */
    <T> T use(Supplier<T> use, T ifClosed) {
        if (!enter()) {
            return ifClosed;
        }
        try {
            return use.get();
        } finally {
            exit();
        }
    }

    /** @return true if this call closed it, false if it was closed already */
    boolean close() {
        while (true) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                return false;
            }
            if (state.compareAndSet(s, s | CLOSED)) {
                if (s == 0) {
                    release.run();
                }
                return true;
            }
        }
    }

    boolean isClosed() {
        return (state.get() & CLOSED) != 0;
    }

    /** A use without a lambda, for paths that allocate nothing: each true must be paired with {@link #exit}. */
    boolean enter() {
        while (true) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                return false;
            }
            if (state.compareAndSet(s, s + 1)) {
                return true;
            }
        }
    }

    void exit() {
        if (state.decrementAndGet() == CLOSED) {
            release.run();
        }
    }
}
