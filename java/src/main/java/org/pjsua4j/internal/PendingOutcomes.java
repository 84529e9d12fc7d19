package org.pjsua4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * Futures waiting for the next outcome of one kind of request whose outcome names no request (a
 * transfer's final status, of the one transfer pjsua follows per call; offers' answers are matched by
 * CSeq in {@link RequestAnswers}). The outcome is taken on pjsip's thread and the waiters it settles
 * are those waiting at that moment; they complete on the owner's executor, after the events queued
 * before.
 */
final class PendingOutcomes<T> {
    private final Executor executor;
    private final ConcurrentLinkedQueue<CompletableFuture<T>> waiting = new ConcurrentLinkedQueue<>();

    PendingOutcomes(Executor executor) {
        this.executor = executor;
    }

    /** Before the request is sent, since its outcome may arrive before the send returns. */
    CompletableFuture<T> expect() {
        CompletableFuture<T> future = new CompletableFuture<>();
        waiting.add(future);
        return future;
    }

    /** The request was not sent: nothing will settle this waiter. */
    void withdraw(CompletableFuture<T> future) {
        waiting.remove(future);
    }

    void complete(T outcome) {
        List<CompletableFuture<T>> settled = drain();
        if (!settled.isEmpty()) {
            executor.execute(() -> settled.forEach(f -> f.complete(outcome)));
        }
    }

    /** The call ended with requests unanswered. */
    void fail(String why) {
        List<CompletableFuture<T>> settled = drain();
        if (!settled.isEmpty()) {
            executor.execute(() -> settled.forEach(f -> f.completeExceptionally(new IllegalStateException(why))));
        }
    }

    private List<CompletableFuture<T>> drain() {
        List<CompletableFuture<T>> settled = new ArrayList<>();
        for (CompletableFuture<T> f; (f = waiting.poll()) != null; ) {
            settled.add(f);
        }
        return settled;
    }
}
