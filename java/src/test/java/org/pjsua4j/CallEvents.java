package org.pjsua4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A CallListener that records what it sees, for assertions. */
class CallEvents implements CallListener {
    final List<CallState> states = new CopyOnWriteArrayList<>();
    final List<CallInfo> infos = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final CompletableFuture<CallInfo> mediaActive = new CompletableFuture<>();
    final CompletableFuture<CallInfo> disconnected = new CompletableFuture<>();

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
        if (info.mediaStatus() == MediaStatus.ACTIVE) {
            mediaActive.complete(info);
        }
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
