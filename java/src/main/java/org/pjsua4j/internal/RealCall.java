package org.pjsua4j.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.pjsua4j.Account;
import org.pjsua4j.AudioConnection;
import org.pjsua4j.AudioFrameListener;
import org.pjsua4j.AudioPlayback;
import org.pjsua4j.AudioRecording;
import org.pjsua4j.AudioSink;
import org.pjsua4j.AudioSource;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.DtmfMethod;
import org.pjsua4j.MediaStats;
import org.pjsua4j.PcmFormat;
import org.pjsua4j.SipHeader;
import org.pjsua4j.SipStatus;
import org.pjsua4j.TlsConnection;
import org.pjsua4j.Tone;
import org.pjsua4j.TonePlayback;
import org.pjsua4j.TransferStatus;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_call_setting;

/**
 * The {@link Call} of a pjsua call id: its identity (id, token, account, the INVITE) and its
 * operations. Its SIP requests are made by {@link CallControl}, its events from pjsip's thread and
 * their snapshots are recorded by {@link CallUpcalls} and delivered through {@link CallDispatch}, its
 * audio goes through {@link CallMedia}; see the interface for what each method promises.
 */
final class RealCall implements Call {
    private final EndpointCore core;
    private final RealAccount account;
    /** pjsua's user data for the call: how callbacks find this object, and calls derived from it. */
    private final long token;
    private final CallDispatch dispatch;
    private final CallMedia media;
    private final CallControl control;
    private final CallUpcalls upcalls;
    /** Call.info()'s read, made once rather than per call. */
    private final Supplier<CallInfo> read;
    private volatile int id = pjsua.PJSUA_INVALID_ID;
    /** The INVITE that started an incoming call, as received; "" for outgoing calls. */
    private volatile String invite = "";

    private RealCall(EndpointCore core, RealAccount account, CallListener listener) {
        this.core = core;
        this.account = account;
        this.token = core.registry().nextToken();
        this.dispatch = new CallDispatch(this, core.newEventQueue(), listener);
        this.media = new CallMedia(this, account, core);
        this.control = new CallControl(this, core);
        this.upcalls = new CallUpcalls(this, account, core, dispatch, media, control);
        this.read = upcalls::snapshot;
    }

    /** Under the endpoint's lock. */
    static RealCall place(EndpointCore core, RealAccount account, String destination, List<SipHeader> headers,
            CallListener listener) {
        RealCall call = new RealCall(core, account, listener);
        core.registry().addToken(call);
        try (pjsua_call_setting opt = CallControl.audioOnly(account.config()); MessageData data = MessageData.of(headers)) {
            call.bind(pjsua.pjsua_call_make_call(account.id(), destination, opt, call.token, data.nativeData()));
        } catch (PjsipException e) {
            // When the INVITE cannot be sent, pjsua may already have reported the call DISCONNECTED
            // (e.g. 503) to the listener; then that report stands, as for registrations, and the call
            // is returned instead of failing twice.
            if (call.state() != CallState.DISCONNECTED) {
                core.registry().forget(call);
                throw e;
            }
        } catch (RuntimeException e) {
            core.registry().forget(call);
            throw e;
        }
        return call;
    }

    /** On pjsip's thread: a call pjsua received, with its INVITE and the peer's software as it names it. */
    static RealCall incoming(EndpointCore core, RealAccount account, int callId, String invite, String userAgent) {
        RealCall call = new RealCall(core, account, null);
        call.invite = invite;
        call.upcalls.learnRemoteUserAgent(userAgent);
        call.adopt(callId);
        return call;
    }

    /**
     * A call pjsua made on its own for this one: the new call to the target of a transfer the peer
     * asked for, or an incoming call that replaces this one (attended transfer). pjsua gives it this
     * call's user data; it gets its own here, and this call's listener.
     */
    RealCall derive(int callId) {
        RealCall call = new RealCall(core, account, dispatch.listener());
        call.adopt(callId);
        return call;
    }

    private void adopt(int callId) {
        pjsua.pjsua_call_set_user_data(callId, token);
        core.registry().addToken(this);
        bind(callId);
    }

    /**
     * Called by whichever comes first: pjsua_call_make_call returning, or a callback for the call. Only
     * the first binds: pjsip's thread may bind the call, end it and free its id for another call
     * before make_call returns, and binding again then would hand that call's events to this one.
     *
     * @return false if the call is bound to another id
     */
    synchronized boolean bind(int callId) {
        if (id != pjsua.PJSUA_INVALID_ID) {
            return id == callId;
        }
        id = callId;
        core.registry().bind(this, callId);
        return true;
    }

    /**
     * pjsua overwrites a Replaces call's user data with the replaced call's after on_call_replaced;
     * this takes it back, so calls pjsua later makes for this one are recognised as this one's.
     */
    void keepUserData() {
        if (pjsua.pjsua_call_get_user_data(id) != token) {
            pjsua.pjsua_call_set_user_data(id, token);
        }
    }

    long token() {
        return token;
    }

    boolean belongsTo(EndpointCore endpoint) {
        return core == endpoint;
    }

    CallDispatch dispatch() {
        return dispatch;
    }

    CallMedia media() {
        return media;
    }

    /** Where NativeEvents hands the call's events over. */
    CallUpcalls upcalls() {
        return upcalls;
    }

    /** On the endpoint's timer: the call's audio stopped arriving for its media timeout. */
    void endForMediaTimeout(Duration silent) {
        control.hangupForMediaTimeout(silent);
    }

    /**
     * The guard of every operation on the call: runs it under the endpoint's lock unless the call has
     * ended.
     *
     * @throws IllegalStateException naming the operation if the call has ended or the endpoint is closed
     */
    <T> T whileActive(String operation, Supplier<T> action) {
        return core.call("Call." + operation, () -> {
            requireActive(operation);
            return action.get();
        });
    }

    void whileActive(String operation, Runnable action) {
        whileActive(operation, () -> {
            action.run();
            return null;
        });
    }

    void requireActive(String operation) {
        if (state() == CallState.DISCONNECTED) {
            throw new IllegalStateException("Call." + operation + ": call " + id + " has ended");
        }
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public Account account() {
        return account;
    }

    @Override
    public void setListener(CallListener listener) {
        dispatch.setListener(listener);
    }

    @Override
    public void setMediaTimeout(Duration timeout) {
        media.setTimeout(MediaTimeouts.check("setMediaTimeout: timeout", timeout));
    }

    @Override
    public CallState state() {
        CallInfo info = upcalls.lastInfo();
        return info == null ? CallState.NULL : info.state();
    }

    @Override
    public CallInfo info() {
        if (state() != CallState.DISCONNECTED && !core.isClosed()) {
            try {
                return core.call("Call.info", read);
            } catch (PjsipException | IllegalStateException e) {
                // Ended between the check and the read: the final snapshot is the answer.
            }
        }
        return upcalls.lastInfo();
    }

    @Override
    public MediaStats mediaStats() {
        return media.stats();
    }

    @Override
    public Optional<TlsConnection> tlsConnection() {
        return TlsConnections.of(core, id, upcalls.lastInfo());
    }

    @Override
    public void answer(int code, List<SipHeader> headers) {
        control.answer(code, NoNulls.copy("headers", headers));
    }

    @Override
    public void hangup() {
        control.hangup(0, null, List.of());
    }

    @Override
    public void hangup(int code, String reason, List<SipHeader> headers) {
        control.hangup(code, reason, NoNulls.copy("headers", headers));
    }

    @Override
    public void redirect(String target) {
        control.redirect(target);
    }

    @Override
    public void reject(boolean busy) {
        control.reject(busy);
    }

    @Override
    public CompletableFuture<SipStatus> hold(List<SipHeader> headers) {
        return control.offer("hold", NoNulls.copy("headers", headers),
                data -> pjsua.pj4j_call_set_hold(id, 0, data.nativeData()));
    }

    @Override
    public CompletableFuture<SipStatus> unhold(List<SipHeader> headers) {
        return control.offer("unhold", NoNulls.copy("headers", headers),
                data -> pjsua.pj4j_call_reinvite(id, pjsua.PJSUA_CALL_UNHOLD, data.nativeData()));
    }

    @Override
    public CompletableFuture<SipStatus> reinvite() {
        return control.offer("reinvite", List.of(), data -> pjsua.pj4j_call_reinvite(id, 0, null));
    }

    @Override
    public CompletableFuture<SipStatus> update() {
        return control.offer("update", List.of(), data -> pjsua.pj4j_call_update(id, 0, null));
    }

    @Override
    public CompletableFuture<TransferStatus> transfer(String target, List<SipHeader> headers) {
        return control.transfer(target, NoNulls.copy("headers", headers));
    }

    @Override
    public CompletableFuture<TransferStatus> transfer(Call other) {
        return control.transfer(other, List.of());
    }

    @Override
    public CompletableFuture<SipStatus> sendMessage(String text, List<SipHeader> headers) {
        return control.sendMessage(text, NoNulls.copy("headers", headers));
    }

    @Override
    public List<String> inviteHeaders(String name) {
        Objects.requireNonNull(name, "name");
        return SipText.headers(invite, name);
    }

    @Override
    public void sendDtmf(String digits, DtmfMethod method) {
        control.sendDtmf(digits, method);
    }

    @Override
    public AudioPlayback play(Path file, boolean loop) {
        return media.play(file, loop);
    }

    @Override
    public AudioRecording record(Path file) {
        return media.record(file);
    }

    @Override
    public TonePlayback playTones(List<Tone> tones, boolean loop) {
        return media.playTones(tones, loop);
    }

    @Override
    public TonePlayback playDtmfTones(String digits, Duration on, Duration off) {
        return media.playDtmfTones(digits, on, off);
    }

    @Override
    public AudioSink openAudioSink(PcmFormat format, int bufferFrames) {
        return media.openSink(format, bufferFrames, null);
    }

    @Override
    public AudioSink openAudioSink(PcmFormat format, int bufferFrames, AudioFrameListener listener) {
        Objects.requireNonNull(listener, "Call.openAudioSink: listener");
        return media.openSink(format, bufferFrames, listener);
    }

    @Override
    public AudioSource openAudioSource(PcmFormat format, int bufferFrames) {
        return media.openSource(format, bufferFrames);
    }

    @Override
    public AudioConnection connectAudio(Call other) {
        return media.connect("connectAudio", other, true);
    }

    @Override
    public AudioConnection forwardAudioTo(Call target) {
        return media.connect("forwardAudioTo", target, false);
    }

    @Override
    public CompletableFuture<CallInfo> stateFuture(CallState state) {
        return dispatch.stateFuture(state);
    }

    @Override
    public void close() {
        if (state() != CallState.DISCONNECTED && !core.isClosed()) {
            try {
                core.run("Call.close", this::hangupQuietly);
            } catch (IllegalStateException e) {
                // The endpoint closed meanwhile, which ended the call.
            }
        }
    }

    /** Marks the coming end of the call as ours (hangupAll, Endpoint.close). */
    void requestEnd() {
        control.requestEnd();
    }

    /** Under the endpoint's lock (Account.close, Call.close). */
    void hangupQuietly() {
        control.hangupQuietly();
    }

    @Override
    public String toString() {
        CallInfo info = upcalls.lastInfo();
        return "Call[" + id + ", " + state() + (info == null ? "" : ", " + info.remoteUri()) + "]";
    }
}
