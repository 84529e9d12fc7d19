package org.pjsua4j.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.DtmfEvent;
import org.pjsua4j.MediaStatus;
import org.pjsua4j.RegistrationEvent;
import org.pjsua4j.TransferStatus;

/**
 * The event lines pjsua's app prints (pjsua_app.c's wording, which tests/pjsua's scripts expect), each
 * printed when the facade reports the event, and the app's automatic reactions: auto-answer, the call
 * duration limit, auto-play and auto-record.
 */
final class Events implements AccountListener, CallListener {
    private final Output out;
    private final int autoAnswer;
    private final Duration maxDuration;
    private final Path playFile;
    private final boolean autoPlay;
    private final boolean autoLoop;
    private final Path recFile;
    private final Calls calls;
    private final Map<Integer, Boolean> mediaStarted = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pjsua4j-cli-timer");
        t.setDaemon(true);
        return t;
    });

    Events(Output out, Options options, Calls calls) {
        this.out = out;
        this.calls = calls;
        this.autoAnswer = options.number("auto-answer", 0, 0, 699);
        int seconds = options.number("duration", 0, 0, Integer.MAX_VALUE);
        this.maxDuration = seconds == 0 ? null : Duration.ofSeconds(seconds);
        this.playFile = options.has("play-file") ? Path.of(options.get("play-file", "")) : null;
        this.autoPlay = options.has("auto-play");
        this.autoLoop = options.has("auto-loop");
        this.recFile = options.has("auto-rec") || options.has("rec-file") ? Path.of(options.get("rec-file", ""))
                : null;
        if ((autoPlay || autoLoop) && playFile == null) {
            throw new IllegalArgumentException("--auto-play/--auto-loop: need --play-file");
        }
        if (options.has("auto-rec") && !options.has("rec-file")) {
            throw new IllegalArgumentException("--auto-rec: needs --rec-file");
        }
    }

    @Override
    public void onRegistration(RegistrationEvent e) {
        String uri = e.account().uri();
        switch (e.kind()) {
            case SUCCEEDED:
                out.line(uri + ": registration success, status=" + e.statusCode() + " (" + e.reason()
                        + "), will re-register in " + e.expiration() + " seconds");
                break;
            case ENDED:
                out.line(uri + ": unregistration success");
                break;
            default:
                out.line(uri + ": registration failed, status=" + e.statusCode() + " (" + e.reason() + ")");
        }
    }

    @Override
    public void onIncomingCall(Call call) {
        call.setListener(this);
        calls.add(call);
        CallInfo info = call.info();
        out.line("Incoming call for account " + info.accountId() + "!\nFrom: " + info.remoteUri() + "\nTo: "
                + info.localUri() + "\nPress a to answer or h to reject call");
        if (autoAnswer > 0) {
            call.answer(autoAnswer);
        }
    }

    @Override
    public void onState(Call call, CallInfo info) {
        if (info.state() == CallState.DISCONNECTED) {
            out.line("Call " + info.callId() + " state changed to " + info.stateText() + " (" + info.lastStatusCode()
                    + " " + info.lastReason() + ")");
            mediaStarted.remove(info.callId());
            calls.remove(call);
        } else {
            out.line("Call " + info.callId() + " state changed to " + info.stateText());
        }
        if (info.state() == CallState.CONFIRMED && maxDuration != null) {
            timer.schedule(() -> hangupIfLive(call), maxDuration.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void hangupIfLive(Call call) {
        if (call.state() != CallState.DISCONNECTED) {
            out.line("Duration (" + maxDuration.toSeconds() + " seconds) has been exceeded for call " + call.id()
                    + ", disconnecting the call");
            call.hangup();
        }
    }

    @Override
    public void onMedia(Call call, CallInfo info) {
        out.line("Call " + info.callId() + " media 0 [type=audio], status is " + statusName(info.mediaStatus()));
        if (info.mediaStatus() == MediaStatus.ACTIVE && mediaStarted.putIfAbsent(info.callId(), true) == null) {
            if (autoPlay || autoLoop) {
                call.play(playFile, autoLoop);
            }
            if (recFile != null) {
                call.record(recFile);
            }
        }
    }

    /** As pjsua's app: a transfer that succeeded ends the transferred call (410, as pjsua). */
    @Override
    public void onTransferStatus(Call call, TransferStatus status) {
        out.line("Call " + call.id() + ": transfer status=" + status.code() + " (" + status.reason() + ") "
                + (status.isFinal() ? "[final]" : ""));
        if (status.code() / 100 == 2) {
            out.line("Call " + call.id() + ": call transferred successfully, disconnecting call");
            call.hangup(410, null);
        }
    }

    /** The new call reports to this listener already; it becomes the current call, as in pjsua. */
    @Override
    public void onTransferred(Call call, Call newCall) {
        out.line("Call " + call.id() + " is being transferred to " + newCall.info().remoteUri());
        calls.add(newCall);
    }

    @Override
    public void onDtmf(Call call, DtmfEvent event) {
        out.line("Incoming DTMF on call " + call.id() + ": " + event.digit());
    }

    private static String statusName(MediaStatus status) {
        switch (status) {
            case ACTIVE:
                return "Active";
            case LOCAL_HOLD:
                return "Local hold";
            case REMOTE_HOLD:
                return "Remote hold";
            case ERROR:
                return "Error";
            default:
                return "None";
        }
    }

    void close() {
        timer.shutdownNow();
    }
}
