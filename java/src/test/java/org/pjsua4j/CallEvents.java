package org.pjsua4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A CallListener that records what it sees, for assertions. */
class CallEvents implements CallListener {
    final List<CallState> states = new CopyOnWriteArrayList<>();
    final List<CallInfo> infos = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final CompletableFuture<CallInfo> mediaActive = new CompletableFuture<>();
    final CompletableFuture<CallInfo> disconnected = new CompletableFuture<>();
    final BlockingQueue<CallInfo> media = new LinkedBlockingQueue<>();
    final BlockingQueue<DtmfEvent> digits = new LinkedBlockingQueue<>();
    final BlockingQueue<TransferStatus> transfers = new LinkedBlockingQueue<>();
    final BlockingQueue<InstantMessage> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Call> transferredTo = new CompletableFuture<>();
    final CompletableFuture<Call> replacedBy = new CompletableFuture<>();
    final CompletableFuture<java.time.Duration> noAudio = new CompletableFuture<>();

    @Override
    public void onState(Call call, CallInfo info) {
        threads.add(Thread.currentThread().getName());
        states.add(info.state());
        infos.add(info);
        if (info.state() == CallState.DISCONNECTED) {
            disconnected.complete(info);
        }
    }

    @Override
    public void onMedia(Call call, CallInfo info) {
        threads.add(Thread.currentThread().getName());
        media.add(info);
        if (info.mediaStatus() == MediaStatus.ACTIVE) {
            mediaActive.complete(info);
        }
    }

    @Override
    public void onDtmf(Call call, DtmfEvent event) {
        digits.add(event);
    }

    @Override
    public void onTransferStatus(Call call, TransferStatus status) {
        transfers.add(status);
    }

    @Override
    public void onTransferred(Call call, Call newCall) {
        transferredTo.complete(newCall);
    }

    @Override
    public void onReplaced(Call call, Call replacement) {
        replacedBy.complete(replacement);
    }

    @Override
    public void onMessage(Call call, InstantMessage message) {
        messages.add(message);
    }

    @Override
    public void onNoAudio(Call call, java.time.Duration silentFor) {
        noAudio.complete(silentFor);
    }

    /** @return the final transfer report, skipping progress */
    TransferStatus finalTransferStatus() throws InterruptedException {
        return await(transfers, TransferStatus::isFinal, "final transfer status");
    }

    /** Waits for a media change matching {@code p}, skipping others. */
    CallInfo awaitMedia(Predicate<CallInfo> p) throws InterruptedException {
        return await(media, p, "such media change");
    }

    private static <T> T await(BlockingQueue<T> queue, Predicate<T> p, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        for (long left = TIMEOUT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            T item = queue.poll(left, TimeUnit.NANOSECONDS);
            if (item != null && p.test(item)) {
                return item;
            }
        }
        throw new AssertionError("no " + what + " within " + TIMEOUT);
    }

    /** @return the next received digit, or null after the timeout */
    DtmfEvent nextDigit() throws InterruptedException {
        return digits.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<CallState> distinctStates() {
        List<CallState> out = new ArrayList<>();
        for (CallState s : states) {
            if (out.isEmpty() || out.get(out.size() - 1) != s) {
                out.add(s);
            }
        }
        return out;
    }

    static final Duration TIMEOUT = Duration.ofSeconds(15);
}
