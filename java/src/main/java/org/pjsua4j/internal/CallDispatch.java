package org.pjsua4j.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.DtmfEvent;
import org.pjsua4j.InstantMessage;
import org.pjsua4j.RedirectDecision;
import org.pjsua4j.TransferStatus;

/**
 * Delivers one call's events to its listener, in order, on the call's own executor, and completes its
 * state futures there, so that a future completes in the order listeners see events.
 */
final class CallDispatch {
    private final Call call;
    private final SerialExecutor events;
    private volatile CallListener listener;
    /** Touched only on the executor. */
    private final List<StateWaiter> waiters = new ArrayList<>();
    private CallInfo delivered;

    private record StateWaiter(CallState state, CompletableFuture<CallInfo> future) {
        /** The wait is over once the state is reached or the call has ended without reaching it. */
        boolean settles(CallInfo info) {
            return info.state() == state || info.state() == CallState.DISCONNECTED;
        }

        void settle(CallInfo info) {
            if (info.state() == state) {
                future.complete(info);
            } else {
                future.completeExceptionally(new IllegalStateException("the call ended (" + info.lastStatusCode()
                        + " " + info.lastReason() + ") without reaching " + state));
            }
        }
    }

    CallDispatch(Call call, SerialExecutor events, CallListener listener) {
        this.call = call;
        this.events = events;
        this.listener = listener;
    }

    SerialExecutor executor() {
        return events;
    }

    CallListener listener() {
        return listener;
    }

    void setListener(CallListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    CompletableFuture<CallInfo> stateFuture(CallState state) {
        Objects.requireNonNull(state, "state");
        CompletableFuture<CallInfo> future = new CompletableFuture<>();
        Runnable wait = () -> {
            StateWaiter waiter = new StateWaiter(state, future);
            if (delivered != null && waiter.settles(delivered)) {
                waiter.settle(delivered);
            } else {
                waiters.add(waiter);
            }
        };
        try {
            events.execute(wait);
        } catch (RejectedExecutionException endpointClosed) {
            // The event threads are gone with the endpoint: no event follows, so nothing else touches
            // the waiters, and the last state delivered (DISCONNECTED, from close) settles it here.
            wait.run();
        }
        return future;
    }

    /**
     * {@code beforeListener}, unless null, runs first on the executor: what must be done before the
     * listener hears it.
     */
    void state(CallInfo info, Runnable beforeListener) {
        Runnable delivery = () -> {
            if (beforeListener != null) {
                beforeListener.run();
            }
            delivered = info;
            CallListener l = listener;
            try {
                if (l != null) {
                    l.onState(call, info);
                }
            } finally {
                waiters.removeIf(w -> {
                    if (w.settles(info)) {
                        w.settle(info);
                        return true;
                    }
                    return false;
                });
            }
        };
        if (beforeListener != null) {
            events.execute(delivery);
        } else {
            deliverOrNote(delivery, () -> delivered = info);
        }
    }

    void media(CallInfo info) {
        deliver(l -> l.onMedia(call, info));
    }

    void dtmf(DtmfEvent event) {
        deliver(l -> l.onDtmf(call, event));
    }

    void transferStatus(TransferStatus status) {
        deliver(l -> l.onTransferStatus(call, status));
    }

    void transferred(Call newCall) {
        deliver(l -> l.onTransferred(call, newCall));
    }

    void replaced(Call replacement) {
        deliver(l -> l.onReplaced(call, replacement));
    }

    void message(InstantMessage message) {
        deliver(l -> l.onMessage(call, message));
    }

    void noAudio(Duration silentFor) {
        deliver(l -> l.onNoAudio(call, silentFor));
    }

    /** @return whether the listener overrides {@link CallListener#onRedirect} */
    boolean decidesRedirects() {
        CallListener l = listener;
        return l != null && DefaultMethods.overridden(l, CallListener.class, "onRedirect", Call.class, String.class);
    }

    /** pjsua waits (PJSIP_REDIRECT_PENDING) until {@code decided} has the listener's decision. */
    void redirect(String target, Consumer<RedirectDecision> decided) {
        events.execute(() -> {
            RedirectDecision decision = RedirectDecision.STOP;
            CallListener l = listener;
            try {
                if (l != null) {
                    decision = Objects.requireNonNull(l.onRedirect(call, target), "onRedirect's decision");
                }
            } finally {
                decided.accept(decision);
            }
        });
    }

    private void deliver(Consumer<CallListener> event) {
        deliverOrNote(() -> {
            CallListener l = listener;
            if (l != null) {
                event.accept(l);
            }
        }, () -> { });
    }

    /**
     * Queues {@code delivery} on the executor, except when nobody would hear it (no listener, no
     * state waiter) and the executor is idle: then {@code note}, the bookkeeping alone, runs on the
     * calling thread. Without a call listener (an application that answers from its account's
     * listener) that saves four or five wake-ups of an event thread per call. A listener set by a
     * task still running or queued (onIncomingCall) hears the events queued behind it.
     */
    private void deliverOrNote(Runnable delivery, Runnable note) {
        boolean ran = events.runHereIfIdle(() -> {
            if (listener == null && waiters.isEmpty()) {
                note.run();
            } else {
                events.execute(delivery);
            }
        });
        if (!ran) {
            events.execute(delivery);
        }
    }
}
