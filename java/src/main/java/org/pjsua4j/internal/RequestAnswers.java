package org.pjsua4j.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;
import org.pjsua4j.SipStatus;

/**
 * The final answers to the re-INVITEs and UPDATEs of one call, matched to the request they answer by
 * CSeq. The method alone does not tell: pjsua sends its own (to lock the codec after a multi-codec
 * answer, to refresh the session), and the call's first INVITE is reported answered on pjsip's thread
 * after its CONFIRMED event, so an application may already have sent a hold by then.
 */
final class RequestAnswers {
    /**
     * Answers nobody waits for are kept this long, counted in answers: the sender learns its CSeq only
     * once the send returns, and the answer may come first. One call has one offer out at a time.
     */
    private static final int KEPT = 16;

    private final Executor executor;
    private final ConcurrentSkipListMap<Integer, SipStatus> answers = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<Integer, CompletableFuture<SipStatus>> waiting = new ConcurrentHashMap<>();
    private volatile String endedWhy;

    RequestAnswers(Executor executor) {
        this.executor = executor;
    }

    /**
     * After the request with this CSeq was sent: its final answer, completed on the owner's executor
     * after the events queued before it.
     */
    CompletableFuture<SipStatus> sent(int cseq) {
        CompletableFuture<SipStatus> future = new CompletableFuture<>();
        // Each side records its half before it looks for the other's, so that whichever of this and
        // answered() comes second finds both; when both do, the future is completed twice with the
        // same answer, and the second is a no-op.
        waiting.put(cseq, future);
        SipStatus answer = answers.remove(cseq);
        if (answer != null) {
            waiting.remove(cseq, future);
            executor.execute(() -> future.complete(answer));
        } else if (endedWhy != null && waiting.remove(cseq, future)) {
            fail(future, endedWhy);
        }
        return future;
    }

    /** On pjsip's thread: the request with this CSeq got its final answer (or pjsip's own 408/503). */
    void answered(int cseq, SipStatus answer) {
        answers.put(cseq, answer);
        CompletableFuture<SipStatus> future = waiting.remove(cseq);
        if (future != null) {
            answers.remove(cseq);
            executor.execute(() -> future.complete(answer));
        }
        while (answers.size() > KEPT) {
            answers.pollFirstEntry();
        }
    }

    /** On pjsip's thread: the call ended; the requests still unanswered will not be answered. */
    void ended(String why) {
        endedWhy = why;
        for (Integer cseq : waiting.keySet()) {
            CompletableFuture<SipStatus> future = waiting.remove(cseq);
            if (future != null) {
                fail(future, why);
            }
        }
    }

    private void fail(CompletableFuture<SipStatus> future, String why) {
        executor.execute(() -> future.completeExceptionally(new IllegalStateException(why)));
    }
}
