package org.pjsua4j.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallState;
import org.pjsua4j.DtmfMethod;
import org.pjsua4j.EndReason;
import org.pjsua4j.SipHeader;
import org.pjsua4j.SipStatus;
import org.pjsua4j.TransferStatus;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_call_send_dtmf_param;
import org.pjsua4j.raw.pjsua_call_setting;
import org.pjsua4j.raw.WireText;

/**
 * The SIP requests of one call: answers, hangup, re-INVITE/UPDATE offers, transfers, MESSAGE and DTMF,
 * each under the call's guard. It remembers whether the application asked for the end, so that the
 * end counts as ours whatever the peer answers, and which re-INVITEs, UPDATEs and transfers wait for
 * their outcome.
 */
final class CallControl {
    /** Longer than an INVITE transaction takes to end on any working network (ACK after 2xx). */
    private static final Duration OFFER_WAIT = Duration.ofSeconds(2);
    /**
     * A media-inactivity hangup ends the call as 408, the status pjsip itself gives a session whose
     * timer ran out unrefreshed: both are a peer that stopped answering.
     */
    private static final int MEDIA_TIMEOUT_CODE = 408;
    private static final String MEDIA_TIMEOUT_TEXT = "Media inactivity";
    /** The BYE's Reason (RFC 3326): a SIP cause with text is what peers and proxies log and show. */
    private static final String MEDIA_TIMEOUT_REASON = "SIP;cause=" + MEDIA_TIMEOUT_CODE + ";text=\""
            + MEDIA_TIMEOUT_TEXT + "\"";
    /** An unanswered call ends as ISDN's "no answer from user" (Q.850 cause 19), which maps to 480. */
    private static final int NO_ANSWER_CODE = 480;
    private static final String NO_ANSWER_REASON = "Q.850;cause=19;text=\"No answer from user\"";
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");

    private final RealCall call;
    private final EndpointCore core;
    private volatile boolean endRequested;
    private volatile boolean mediaTimedOut;
    private volatile boolean unanswered;
    /**
     * Set by the first final answer to an incoming call, the application's or the no-answer timer's,
     * so that the timer never ends a call the application is answering.
     */
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile ScheduledFuture<?> ringLimit;
    private final RequestAnswers offers;
    private final PendingOutcomes<TransferStatus> transfers;

    CallControl(RealCall call, EndpointCore core) {
        this.call = call;
        this.core = core;
        this.offers = new RequestAnswers(call.dispatch().executor());
        this.transfers = new PendingOutcomes<>(call.dispatch().executor());
    }

    void answer(int code, List<SipHeader> headers) {
        if (code < 100 || code > 699) {
            throw new IllegalArgumentException("SIP status code must be 100..699, not " + code);
        }
        call.whileActive("answer", () -> send(code, headers));
    }

    /**
     * On pjsip's thread, as the incoming call arrives: the account's {@link AccountConfig#autoAnswer()},
     * sent there as pjsua's app sends its {@code --auto-answer}, so that the call needs no event
     * thread. pjsua is inside its callback, so neither the endpoint's guard nor the call's is needed.
     */
    void autoAnswer(int code) {
        try {
            send(code, List.of());
        } catch (PjsipException e) {
            // pjsua checked the offer before its callback; what refuses an answer now is one the
            // listener, already running, sent first. Its marks stand, so ours are left set too.
            LOG.log(System.Logger.Level.WARNING, "Call " + call.id() + ": the account's autoAnswer " + code
                    + " was refused: " + e.getMessage());
        }
    }

    private void send(int code, List<SipHeader> headers) {
        if (code >= 200) {
            answered.set(true);
        }
        if (code >= 300) {
            endRequested = true;
        }
        try (pjsua_call_setting opt = audioOnly(call.account().config());
                MessageData data = MessageData.withServer(core.config().userAgent(), headers)) {
            pjsua.pj4j_call_answer(call.id(), opt, code, null, data.nativeData());
        }
    }

    /**
     * The facade's calls carry audio only, in as many streams as the account asks for; pjsua 2.17's
     * default setting adds a T.140 text stream. The setting stays with the call, so calls pjsua makes
     * for it (the new call of a transfer the peer asks for) are audio only too.
     *
     * @param config the call's account's, or null (a local account added without one)
     */
    static pjsua_call_setting audioOnly(AccountConfig config) {
        pjsua_call_setting opt = new pjsua_call_setting();
        pjsua.pjsua_call_setting_default(opt);
        opt.setTxt_cnt(0);
        opt.setAud_cnt(config == null ? 1 : config.audioStreams());
        return opt;
    }

    void hangup(int code, String reason, List<SipHeader> headers) {
        if (code != 0 && (code < 300 || code > 699)) {
            throw new IllegalArgumentException("hangup status code must be 0 or 300..699, not " + code);
        }
        if (reason != null) {
            WireText.line("hangup reason", reason);
        }
        call.whileActive("hangup", () -> {
            endRequested = true;
            answered.set(true);
            try (MessageData data = MessageData.of(headers)) {
                pjsua.pjsua_call_hangup(call.id(), code, reason, data.nativeData());
            }
        });
    }

    void redirect(String target) {
        Objects.requireNonNull(target, "target");
        call.whileActive("redirect", () -> {
            SipUris.require("target", target);
            endRequested = true;
            answered.set(true);
            try (MessageData contact = MessageData.contact(target)) {
                pjsua.pjsua_call_answer(call.id(), 302, null, contact.nativeData());
            }
        });
    }

    void reject(boolean busy) {
        call.whileActive("reject", () -> {
            endRequested = true;
            answered.set(true);
            try (MessageData server = MessageData.server(core.config().userAgent())) {
                pjsua.pjsua_call_answer(call.id(), busy ? 486 : 603, null, server.nativeData());
            }
        });
    }

    /** An offer's request: a re-INVITE or an UPDATE, sent with the headers' msg_data; returns its CSeq. */
    interface OfferRequest {
        int send(MessageData data);
    }

    /**
     * Sends a new SDP offer, and returns the final answer to it. pjsua4j's senders refuse one
     * (PJ_EINVALIDOP) while another offer of the call is unanswered, and a re-INVITE also while the
     * previous INVITE transaction has not ended, e.g. pjsua's own codec-locking UPDATE right after the
     * call is answered, or the few milliseconds until the ACK of the peer's re-INVITE arrives; the offer
     * waits for that instead of failing at random.
     */
    CompletableFuture<SipStatus> offer(String operation, List<SipHeader> headers, OfferRequest request) {
        long deadline = System.nanoTime() + OFFER_WAIT.toNanos();
        while (true) {
            try {
                int cseq = call.whileActive(operation, () -> {
                    try (MessageData data = MessageData.of(headers)) {
                        return request.send(data);
                    }
                });
                return offers.sent(cseq);
            } catch (PjsipException e) {
                if (e.status() != pjsua.PJ_EINVALIDOP || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Call." + operation + ": interrupted while the previous offer was pending", e);
            }
        }
    }

    CompletableFuture<TransferStatus> transfer(String target, List<SipHeader> headers) {
        Objects.requireNonNull(target, "target");
        return call.whileActive("transfer", () -> {
            SipUris.require("target", target);
            return refer(data -> pjsua.pjsua_call_xfer(call.id(), target, data.nativeData()), headers);
        });
    }

    CompletableFuture<TransferStatus> transfer(Call other, List<SipHeader> headers) {
        Objects.requireNonNull(other, "other");
        if (other == call) {
            throw new IllegalArgumentException("Call.transfer: a call cannot be transferred to itself");
        }
        return call.whileActive("transfer", () -> {
            if (other.state() == CallState.DISCONNECTED) {
                throw new IllegalStateException("Call.transfer: the target call " + other.id() + " has ended");
            }
            return refer(data -> pjsua.pjsua_call_xfer_replaces(call.id(), other.id(), 0, data.nativeData()), headers);
        });
    }

    /** Under the call's guard: sends the REFER, whose final NOTIFY (or refusal) settles the future. */
    private CompletableFuture<TransferStatus> refer(Consumer<MessageData> request, List<SipHeader> headers) {
        CompletableFuture<TransferStatus> outcome = transfers.expect();
        try (MessageData data = MessageData.of(headers)) {
            request.accept(data);
            return outcome;
        } catch (RuntimeException e) {
            transfers.withdraw(outcome);
            throw e;
        }
    }

    CompletableFuture<SipStatus> sendMessage(String text, List<SipHeader> headers) {
        WireText.body("message text", text);
        return call.whileActive("sendMessage", () -> {
            try (MessageData data = MessageData.of(headers)) {
                return core.sendTracked(call.dispatch().executor(),
                        t -> pjsua.pjsua_call_send_im(call.id(), "text/plain", text, data.nativeData(), t));
            }
        });
    }

    /**
     * On pjsip's thread: a request the call sent got its final answer (or pjsip's own 408/503). A
     * CANCEL shares its INVITE's CSeq, so only offers' methods count.
     */
    void answered(String method, int cseq, int code, String reason) {
        if (method.equals("INVITE") || method.equals("UPDATE")) {
            offers.answered(cseq, new SipStatus(code, reason));
        }
    }

    /** On pjsip's thread: the transferee's last report of a transfer this call asked for. */
    void transferDone(TransferStatus status) {
        transfers.complete(status);
    }

    /** On pjsip's thread: the call ended; what still waits for an answer will not get one. */
    void ended(CallInfo info) {
        ScheduledFuture<?> limit = ringLimit;
        if (limit != null) {
            limit.cancel(false);
        }
        String why = "the call ended (" + info.lastStatusCode() + " " + info.lastReason() + ") before the answer";
        offers.ended(why);
        transfers.fail(why);
    }

    void sendDtmf(String digits, DtmfMethod method) {
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(method, "method");
        if (!digits.matches("[0-9*#A-Da-d]+")) {
            throw new IllegalArgumentException("DTMF digits must be one or more of 0-9 * # A-D, not '" + digits + "'");
        }
        call.whileActive("sendDtmf", () -> {
            try (pjsua_call_send_dtmf_param p = new pjsua_call_send_dtmf_param()) {
                pjsua.pjsua_call_send_dtmf_param_default(p);
                p.setMethod(NativeCodes.dtmfMethod(method));
                p.setDigits(digits.toUpperCase(Locale.ROOT));
                pjsua.pjsua_call_send_dtmf(call.id(), p);
            }
        });
    }

    /**
     * On the endpoint's timer: ends the call whose audio stopped arriving, saying why in the BYE. The
     * end is marked before the request, since pjsip may report it before pjsua_call_hangup returns.
     */
    void hangupForMediaTimeout(Duration silent) {
        try {
            call.whileActive("hangup", () -> {
                boolean requestedBefore = endRequested;
                endRequested = true;
                mediaTimedOut = true;
                LOG.log(System.Logger.Level.INFO, "call " + call.id() + " brought no RTP for " + silent.toMillis()
                        + " ms: hanging up");
                try (MessageData reason = MessageData.reason(MEDIA_TIMEOUT_REASON)) {
                    pjsua.pjsua_call_hangup(call.id(), MEDIA_TIMEOUT_CODE, MEDIA_TIMEOUT_TEXT, reason.nativeData());
                } catch (PjsipException e) {
                    // Already ending for another reason, which then stands.
                    mediaTimedOut = false;
                    endRequested = requestedBefore;
                }
            });
        } catch (IllegalStateException ended) {
            // Ended, or the endpoint closed, since the check.
        }
    }

    boolean endRequested() {
        return endRequested;
    }

    /** @return why the facade itself ended the call, or null if it did not */
    EndReason ownEndReason() {
        return mediaTimedOut ? EndReason.MEDIA_TIMEOUT : unanswered ? EndReason.NO_ANSWER : null;
    }

    /** @return whether the incoming call has had its final answer, or is being ended */
    boolean hasFinalAnswer() {
        return answered.get();
    }

    /** On pjsip's thread, as the incoming call arrives: it is answered 480 unless answered in time. */
    void limitRinging(Duration timeout) {
        try {
            ringLimit = core.timer().schedule(() -> endUnanswered(timeout), timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // The endpoint is closing, and ends the call itself.
        }
    }

    /** On the endpoint's timer. */
    private void endUnanswered(Duration timeout) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        try {
            call.whileActive("hangup", () -> {
                endRequested = true;
                unanswered = true;
                LOG.log(System.Logger.Level.INFO, "incoming call " + call.id() + " was not answered within "
                        + timeout.toMillis() + " ms: answering " + NO_ANSWER_CODE);
                try (MessageData reason = MessageData.reason(NO_ANSWER_REASON)) {
                    pjsua.pjsua_call_hangup(call.id(), NO_ANSWER_CODE, null, reason.nativeData());
                } catch (PjsipException e) {
                    // Already ending for another reason, which then stands.
                    unanswered = false;
                }
            });
        } catch (IllegalStateException ended) {
            // Ended, or the endpoint closed, since the timer was set.
        }
    }

    /** Marks the coming end of the call as ours (hangupAll, Endpoint.close). */
    void requestEnd() {
        endRequested = true;
    }

    /** Under the endpoint's lock (Account.close, Call.close). */
    void hangupQuietly() {
        endRequested = true;
        if (call.state() != CallState.DISCONNECTED) {
            try {
                pjsua.pjsua_call_hangup(call.id(), 0, null, null);
            } catch (PjsipException e) {
                // Already ending or gone: pjsua says so with an error, and that is the goal anyway.
            }
        }
    }
}
