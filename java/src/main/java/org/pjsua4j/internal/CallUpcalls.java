package org.pjsua4j.internal;

import java.time.Instant;
import java.util.List;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallState;
import org.pjsua4j.EndReason;
import org.pjsua4j.Originator;
import org.pjsua4j.TransferStatus;
import org.pjsua4j.raw.CallSnapshot;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;

/**
 * A call's events as {@link NativeEvents} hands them over on pjsip's thread, and the snapshots they
 * carry: each event is recorded (the last snapshot, and what the facade knows beyond pjsua: the peer's
 * software, who ended the call and why) and then handed to the {@link CallDispatch},
 * {@link CallControl} or {@link CallMedia} it concerns. Nothing here takes a Java lock or waits.
 */
final class CallUpcalls {
    private final RealCall call;
    private final RealAccount account;
    private final EndpointCore core;
    private final CallDispatch dispatch;
    private final CallMedia media;
    private final CallControl control;
    private final Instant started = Instant.now();
    /** Reuses the last snapshot's strings and audio while pjsua's are unchanged. */
    private final CallSnapshot.Reader reader = new CallSnapshot.Reader();
    private final Snapshots.AudioCache audio = new Snapshots.AudioCache();
    private volatile CallInfo lastInfo;
    private volatile String remoteUserAgent = "";
    private volatile Originator endedBy;
    private volatile EndReason endReason;
    private volatile boolean wasConfirmed;

    CallUpcalls(RealCall call, RealAccount account, EndpointCore core, CallDispatch dispatch, CallMedia media,
            CallControl control) {
        this.call = call;
        this.account = account;
        this.core = core;
        this.dispatch = dispatch;
        this.media = media;
        this.control = control;
    }

    /** The call as pjsua sees it now, with what the facade knows beyond that. */
    CallInfo snapshot() {
        CallSnapshot c = reader.read(call.id());
        media.expectAudio(Snapshots.receivesAudio(c));
        return Snapshots.call(c, audio, started, remoteUserAgent, endedBy, endReason);
    }

    /** The snapshot the last event carried; null before the first. */
    CallInfo lastInfo() {
        return lastInfo;
    }

    /**
     * The peer's software, as a message it sent in this call names it (outgoing calls learn it from
     * responses); "" when the message named none.
     */
    void learnRemoteUserAgent(String userAgent) {
        if (!userAgent.isEmpty()) {
            remoteUserAgent = userAgent;
        }
    }

    /** The final snapshot with who ended the call and why, judged on pjsip's thread from the event that ended it. */
    CallInfo ended(CallInfo info, boolean byPeer) {
        boolean requested = control.endRequested();
        endedBy = byPeer && !requested ? Originator.REMOTE : Originator.LOCAL;
        endReason = EndReasons.of(control.ownEndReason(), endedBy, requested, wasConfirmed, info.lastStatusCode(),
                info.lastReason());
        return Snapshots.ended(info, endedBy, endReason);
    }

    void onIncoming(CallInfo info) {
        lastInfo = info;
        AccountConfig config = account.config();
        int autoAnswer = config == null ? 0 : config.autoAnswer();
        if (autoAnswer == 0 || account.hearsIncomingCalls()) {
            // Queued before the answer: pjsua reports the answer's media and state inside it, and those
            // events must wait behind the listener that may set the call's listener.
            dispatch.executor().execute(() -> account.onIncomingCall(call));
        }
        if (autoAnswer != 0) {
            control.autoAnswer(autoAnswer);
        }
        if (config != null && !config.noAnswerTimeout().isZero() && !control.hasFinalAnswer()) {
            control.limitRinging(config.noAnswerTimeout());
        }
    }

    void onState(CallInfo info) {
        lastInfo = info;
        if (info.state() == CallState.CONFIRMED && !wasConfirmed) {
            // A 200 whose SDP repeats the 183's raises no media event; silent early media must not count.
            media.restartWatch();
            wasConfirmed = true;
        }
        if (info.state() != CallState.DISCONNECTED) {
            dispatch.state(info, null);
            return;
        }
        core.registry().forget(call);
        control.ended(info);
        List<Attachment> ended = media.end();
        dispatch.state(info, ended.isEmpty() ? null : () -> CallMedia.closeAll(ended));
    }

    void onMedia(CallInfo info) {
        lastInfo = info;
        media.restartWatch();
        dispatch.media(info);
    }

    /**
     * A transaction of the call changed state: a request from the peer (whose User-Agent names its
     * software, also in an outgoing call), or, when {@code answered}, the one we sent with this CSeq
     * got its final answer.
     */
    void onTransaction(String method, boolean answered, int cseq, int code, String reason,
            String requestUserAgent) {
        if (requestUserAgent != null) {
            learnRemoteUserAgent(requestUserAgent);
        }
        if (answered) {
            control.answered(method, cseq, code, reason);
        }
    }

    void onTransferStatus(TransferStatus status) {
        dispatch.transferStatus(status);
        if (status.isFinal()) {
            control.transferDone(status);
        }
    }

    /** pjsua waits (PJSIP_REDIRECT_PENDING) until the listener has decided. */
    void onRedirect(String target) {
        dispatch.redirect(target, decision -> {
            try {
                core.run("Call.onRedirect",
                        () -> pjsua.pjsua_call_process_redirect(call.id(), NativeCodes.redirectOp(decision)));
            } catch (IllegalStateException | PjsipException e) {
                // Ended or closed meanwhile: there is nothing left to redirect.
            }
        });
    }
}
