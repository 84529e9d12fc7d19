package org.pjsua4j;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjmedia_rtcp_stat;
import org.pjsua4j.raw.pjmedia_rtcp_stream_stat;
import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_call_send_dtmf_param;
import org.pjsua4j.raw.pjsua_msg_data;
import org.pjsua4j.raw.pjsua_call_setting;
import org.pjsua4j.raw.pjsua_stream_stat;

/**
 * A SIP call (an INVITE session with its audio). Calls belong to their {@link Account}; a call that
 * has reached {@link CallState#DISCONNECTED} is over and its methods that act on the call throw
 * {@link IllegalStateException}. Methods may be called from any thread.
 */
public final class Call implements AutoCloseable {
    /** The facade offers audio-only calls, so the audio stream is the SDP's first media line. */
    private static final int AUDIO_MEDIA_INDEX = 0;
    /** Longer than an INVITE transaction takes to end on any working network (ACK after 2xx). */
    private static final Duration OFFER_WAIT = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");

    private final EndpointCore core;
    private final Account account;
    /** pjsua's user data for the call: how callbacks find this object, and calls derived from it. */
    private final long token;
    final SerialExecutor events;
    private final Instant started = Instant.now();
    private volatile CallListener listener;
    private volatile int id = pjsua.PJSUA_INVALID_ID;
    private volatile CallInfo lastInfo;
    /** The INVITE that started an incoming call, as received; "" for outgoing calls. */
    private volatile String invite = "";
    private volatile String remoteUserAgent = "";
    /** Set once the application asked to end the call, so the end is ours whatever the peer answers. */
    private volatile boolean endRequested;
    private volatile Originator endedBy;
    private final AudioWatch audioWatch = new AudioWatch();
    /** Touched only on this call's event executor: futures complete in the order listeners see events. */
    private final List<StateWaiter> waiters = new ArrayList<>();
    private CallInfo delivered;
    /** Guarded by itself; tapsEnded too. */
    private final Set<CallAudioTap> taps = new HashSet<>();
    private boolean tapsEnded;

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

    private Call(EndpointCore core, Account account, long token, CallListener listener) {
        this.core = core;
        this.account = account;
        this.token = token;
        this.listener = listener;
        this.events = new SerialExecutor(core.eventPool, core.errors);
    }

    static Call place(EndpointCore core, Account account, String destination, List<SipHeader> headers,
            CallListener listener) {
        Call call = new Call(core, account, core.nextToken(), listener);
        core.callsByToken.put(call.token, call);
        try (pjsua_call_setting opt = audioOnly(); MessageData data = MessageData.of(headers)) {
            call.bind(pjsua.pjsua_call_make_call(account.id(), destination, opt, call.token, data.nativeData()));
        } catch (PjsipException e) {
            // When the INVITE cannot be sent, pjsua may already have reported the call DISCONNECTED
            // (e.g. 503) to the listener; then that report stands, as for registrations, and the call
            // is returned instead of failing twice.
            if (call.state() != CallState.DISCONNECTED) {
                core.callsByToken.remove(call.token);
                throw e;
            }
        } catch (RuntimeException e) {
            core.callsByToken.remove(call.token);
            throw e;
        }
        return call;
    }

    static Call incoming(EndpointCore core, Account account, int callId, String invite) {
        Call call = new Call(core, account, core.nextToken(), null);
        call.invite = invite;
        call.remoteUserAgent = SipText.userAgent(invite);
        call.adopt(callId);
        return call;
    }

    /**
     * A call pjsua made on its own for this one: the new call to the target of a transfer the peer
     * asked for, or an incoming call that replaces this one (attended transfer). pjsua gives it this
     * call's user data; it gets its own here, and this call's listener.
     */
    Call derive(int callId) {
        Call call = new Call(core, account, core.nextToken(), listener);
        call.adopt(callId);
        return call;
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

    private void adopt(int callId) {
        pjsua.pjsua_call_set_user_data(callId, token);
        core.callsByToken.put(token, this);
        bind(callId);
    }

    /** Called by whichever comes first: pjsua_call_make_call returning, or a callback for the call. */
    void bind(int callId) {
        id = callId;
        core.calls.put(callId, this);
    }

    boolean isBound() {
        return id != pjsua.PJSUA_INVALID_ID;
    }

    long token() {
        return token;
    }

    CallInfo snapshot() {
        return CallInfo.read(id, started, remoteUserAgent, endedBy);
    }

    /** From a message the peer sent in this call (outgoing calls learn it from responses). */
    void learnRemoteUserAgent(String message) {
        if (SipText.statusCode(message) != 100) {
            String ua = SipText.userAgent(message);
            if (!ua.isEmpty()) {
                remoteUserAgent = ua;
            }
        }
    }

    /** Who ended the call, judged on pjsip's thread from the event that ended it. */
    void ended(boolean byPeer) {
        endedBy = byPeer && !endRequested ? Originator.REMOTE : Originator.LOCAL;
    }

    /** @return pjsua's call id; reused by later calls once this one has ended */
    public int id() {
        return id;
    }

    /** @return the account the call belongs to */
    public Account account() {
        return account;
    }

    /**
     * Sets who receives this call's events from now on; for incoming calls, do it in
     * {@link AccountListener#onIncomingCall}.
     *
     * @param listener the listener
     */
    public void setListener(CallListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** @return the state as of the last event */
    public CallState state() {
        CallInfo info = lastInfo;
        return info == null ? CallState.NULL : info.state();
    }

    /**
     * @return a fresh snapshot while the call exists, afterwards the last one taken
     */
    public CallInfo info() {
        if (state() != CallState.DISCONNECTED && !core.isClosed()) {
            try {
                return core.call("Call.info", this::snapshot);
            } catch (PjsipException | IllegalStateException e) {
                // Ended between the check and the read: the final snapshot is the answer.
            }
        }
        return lastInfo;
    }

    /**
     * @return RTP counters of the call's audio stream
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call has no audio stream yet
     */
    public MediaStats mediaStats() {
        return core.call("Call.mediaStats", () -> {
            requireActive("mediaStats");
            try (pjsua_stream_stat st = new pjsua_stream_stat()) {
                pjsua.pjsua_call_get_stream_stat(id, AUDIO_MEDIA_INDEX, st);
                pjmedia_rtcp_stat rtcp = st.getRtcp();
                pjmedia_rtcp_stream_stat rx = rtcp.getRx();
                pjmedia_rtcp_stream_stat tx = rtcp.getTx();
                return new MediaStats(rx.getPkt(), rx.getBytes(), rx.getLoss(), tx.getPkt(), tx.getBytes());
            }
        });
    }

    /**
     * Answers an incoming call, provisionally (e.g. 180, 183) or finally (200, or an error code
     * to reject it).
     *
     * @param code a SIP status code, 100..699
     * @throws IllegalArgumentException if code is out of range
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if pjsua refuses (e.g. answering an outgoing call)
     */
    public void answer(int code) {
        requireStatusCode(code);
        core.run("Call.answer", () -> {
            requireActive("answer");
            if (code >= 300) {
                endRequested = true;
            }
            try (pjsua_call_setting opt = audioOnly(); MessageData server = MessageData.server(core.config.userAgent())) {
                pjsua.pjsua_call_answer2(id, opt, code, null, server.nativeData());
            }
        });
    }

    /**
     * The facade's calls carry audio only; pjsua 2.17's default setting adds a T.140 text stream.
     * The setting stays with the call, so calls pjsua makes for it (the new call of a transfer the
     * peer asks for) are audio only too.
     */
    private static pjsua_call_setting audioOnly() {
        pjsua_call_setting opt = new pjsua_call_setting();
        pjsua.pjsua_call_setting_default(opt);
        opt.setTxt_cnt(0);
        return opt;
    }

    /**
     * Ends the call with pjsua's default code: CANCEL before an answer, BYE after it, 603 for an
     * unanswered incoming call.
     *
     * @throws IllegalStateException if the call has ended already
     */
    public void hangup() {
        hangup(0, null);
    }

    /**
     * Ends or rejects the call.
     *
     * @param code the status code to reject an incoming call with (e.g. 486), or 0 for pjsua's
     *        default; ignored by pjsip once the call is answered
     * @param reason the reason phrase, or null for the standard one
     * @throws IllegalArgumentException if code is neither 0 nor 300..699
     * @throws IllegalStateException if the call has ended already
     */
    public void hangup(int code, String reason) {
        if (code != 0 && (code < 300 || code > 699)) {
            throw new IllegalArgumentException("hangup status code must be 0 or 300..699, not " + code);
        }
        core.run("Call.hangup", () -> {
            requireActive("hangup");
            endRequested = true;
            pjsua.pjsua_call_hangup(id, code, reason, null);
        });
    }

    /**
     * Redirects an unanswered incoming call: answers 302 Moved Temporarily with {@code target} as
     * Contact, so the caller may try there instead.
     *
     * @param target a SIP URI
     * @throws IllegalArgumentException if target is not a SIP URI
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not an unanswered incoming one
     */
    public void redirect(String target) {
        Objects.requireNonNull(target, "target");
        core.run("Call.redirect", () -> {
            requireActive("redirect");
            Account.requireUri("target", target);
            endRequested = true;
            try (MessageData contact = MessageData.contact(target)) {
                pjsua.pjsua_call_answer(id, 302, null, contact.nativeData());
            }
        });
    }

    /**
     * Rejects an incoming call the way python-sipsimple's {@code reject(is_busy)} does.
     *
     * @param busy true for 486 Busy Here (try later), false for 603 Decline (do not)
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not an unanswered incoming one
     */
    public void reject(boolean busy) {
        core.run("Call.reject", () -> {
            requireActive("reject");
            endRequested = true;
            try (MessageData server = MessageData.server(core.config.userAgent())) {
                pjsua.pjsua_call_answer(id, busy ? 486 : 603, null, server.nativeData());
            }
        });
    }

    /**
     * Puts the call on hold: a re-INVITE whose SDP makes the audio sendonly (or inactive if the other
     * side holds too). The change shows in {@link CallInfo#hold()} through
     * {@link CallListener#onMedia}.
     *
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed or another re-INVITE is in progress
     */
    public void hold() {
        offer("hold", () -> pjsua.pjsua_call_set_hold(id, null));
    }

    /**
     * Takes the call off hold: a re-INVITE that makes the audio sendrecv again.
     *
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed or another re-INVITE is in progress
     */
    public void unhold() {
        offer("unhold", () -> pjsua.pjsua_call_reinvite(id, pjsua.PJSUA_CALL_UNHOLD, null));
    }

    /**
     * Sends a re-INVITE with a fresh SDP offer (e.g. to refresh the session or move the media), keeping
     * the hold state as it is. The outcome shows through {@link CallListener#onMedia}.
     *
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed or another offer is in progress
     */
    public void reinvite() {
        offer("reinvite", () -> pjsua.pjsua_call_reinvite(id, 0, null));
    }

    /**
     * Sends an UPDATE (RFC 3311) with a fresh SDP offer; unlike a re-INVITE it also works before the
     * call is answered, if the peer allows UPDATE.
     *
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the dialog does not exist yet or another offer is in progress
     */
    public void update() {
        offer("update", () -> pjsua.pjsua_call_update(id, 0, null));
    }

    /**
     * Blind transfer: asks the peer (REFER) to call {@code target} instead of us. Progress arrives as
     * {@link CallListener#onTransferStatus}; this call stays up until someone hangs it up.
     *
     * @param target a SIP URI
     * @throws IllegalArgumentException if target is not a SIP URI
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call is not confirmed
     */
    public void transfer(String target) {
        Objects.requireNonNull(target, "target");
        core.run("Call.transfer", () -> {
            requireActive("transfer");
            Account.requireUri("target", target);
            pjsua.pjsua_call_xfer(id, target, null);
        });
    }

    /**
     * Attended transfer: asks the peer of this call (REFER with Replaces) to call the peer of
     * {@code other} and replace that call, so the two peers end up talking to each other. Progress
     * arrives as {@link CallListener#onTransferStatus} on this call.
     *
     * @param other a confirmed call of the same endpoint to the transfer target
     * @throws IllegalArgumentException if other is this call
     * @throws IllegalStateException if either call has ended
     * @throws PjsipException if either call is not confirmed
     */
    public void transfer(Call other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("a call cannot be transferred to itself");
        }
        core.run("Call.transfer", () -> {
            requireActive("transfer");
            other.requireActive("transfer target");
            pjsua.pjsua_call_xfer_replaces(id, other.id, 0, null);
        });
    }

    /**
     * Sends an instant message (SIP MESSAGE) inside this call's dialog.
     *
     * @param text the message, sent as text/plain
     * @return the peer's final answer (or pjsip's 408/503 when none came)
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the dialog does not exist yet
     */
    public CompletableFuture<SipStatus> sendMessage(String text) {
        Objects.requireNonNull(text, "text");
        return core.call("Call.sendMessage", () -> {
            requireActive("sendMessage");
            return core.sendTracked(events, token -> pjsua.pjsua_call_send_im(id, "text/plain", text, null, token));
        });
    }

    /**
     * @param name a header name, case-insensitive
     * @return the values of that header in the INVITE that started this call, if it is an incoming
     *         call (empty for outgoing calls)
     */
    public List<String> inviteHeaders(String name) {
        Objects.requireNonNull(name, "name");
        return SipText.headers(invite, name);
    }

    /**
     * Sends DTMF digits.
     *
     * @param digits one or more of {@code 0-9 * # A-D}
     * @param method RFC 2833 telephone events in the RTP stream, or SIP INFO requests
     * @throws IllegalArgumentException if digits is empty or holds anything else
     * @throws IllegalStateException if the call has ended
     * @throws PjsipException if the call has no active audio (RFC 2833) or no dialog yet (INFO)
     */
    public void sendDtmf(String digits, DtmfMethod method) {
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(method, "method");
        if (!digits.matches("[0-9*#A-Da-d]+")) {
            throw new IllegalArgumentException("DTMF digits must be one or more of 0-9 * # A-D, not '" + digits + "'");
        }
        core.run("Call.sendDtmf", () -> {
            requireActive("sendDtmf");
            try (pjsua_call_send_dtmf_param p = new pjsua_call_send_dtmf_param()) {
                pjsua.pjsua_call_send_dtmf_param_default(p);
                p.setMethod(method.toNative());
                p.setDigits(digits.toUpperCase(Locale.ROOT));
                pjsua.pjsua_call_send_dtmf(id, p);
            }
        });
    }

    /**
     * Plays a WAV file into the call, mixed with whatever else it sends.
     *
     * @param file a .wav file (PCM); pjmedia resamples it to the call's rate
     * @param loop whether to start over at the end
     * @return the playback; close it to stop
     * @throws IllegalArgumentException if the file cannot be opened or is not a WAV file
     * @throws IllegalStateException if the call has ended or its audio is not active
     */
    public AudioPlayback play(java.nio.file.Path file, boolean loop) {
        Objects.requireNonNull(file, "file");
        return core.call("Call.play", () -> {
            requireAudio("play");
            return AudioPlayback.start(core, this, file, loop);
        });
    }

    /**
     * Records what the call receives to a WAV file, as python-sipsimple's
     * {@code start_recording_audio}; close the recording to stop.
     *
     * @param file the .wav file to write (replaced if it exists)
     * @return the recording
     * @throws IllegalArgumentException if the file cannot be written or is not a .wav file
     * @throws IllegalStateException if the call has ended or its audio is not active
     */
    public AudioRecording record(java.nio.file.Path file) {
        Objects.requireNonNull(file, "file");
        return core.call("Call.record", () -> {
            requireAudio("record");
            return AudioRecording.start(core, this, file);
        });
    }

    /**
     * Plays tones into the call from a tone generator, mixed with whatever else it sends: e.g.
     * ringback or a busy tone towards a caller in early media, or a beep before recording.
     *
     * @param tones 1 to {@link TonePlayback#MAX_TONES} tones, played in order
     * @param loop whether to start over after the last tone (until closed)
     * @return the playback; close it to stop
     * @throws IllegalArgumentException if tones is empty or too long, or a frequency is above half the
     *         conference bridge's clock rate (it could not be represented)
     * @throws IllegalStateException if the call has ended or its audio is not active
     */
    public TonePlayback playTones(List<Tone> tones, boolean loop) {
        List<Tone> copy = List.copyOf(Objects.requireNonNull(tones, "tones"));
        if (copy.isEmpty() || copy.size() > TonePlayback.MAX_TONES) {
            throw new IllegalArgumentException("playTones takes 1.." + TonePlayback.MAX_TONES + " tones, not "
                    + copy.size());
        }
        int nyquist = core.bridgeClockRate() / 2;
        for (Tone t : copy) {
            if (t.highest() >= nyquist) {
                throw new IllegalArgumentException("tone " + t + " is not below " + nyquist
                        + " Hz, half the conference bridge's clock rate");
            }
        }
        return core.call("Call.playTones", () -> {
            requireAudio("playTones");
            return TonePlayback.tones(core, this, copy, loop);
        });
    }

    /**
     * Plays DTMF digits as in-band audio tones (the dual frequencies of ITU-T Q.23), for peers that
     * listen for digits in the audio instead of RFC 2833 events or SIP INFO ({@link #sendDtmf}).
     *
     * @param digits 1 to {@link TonePlayback#MAX_DIGITS} of {@code 0-9 * # A-D}
     * @param on how long each digit sounds, e.g. 100 ms
     * @param off the silence after each digit, e.g. 100 ms
     * @return the playback; {@link TonePlayback#isPlaying()} turns false after the last digit
     * @throws IllegalArgumentException if digits is empty, too long or holds anything else, or a
     *         duration is out of the range of {@link Tone}
     * @throws IllegalStateException if the call has ended or its audio is not active
     */
    public TonePlayback playDtmfTones(String digits, Duration on, Duration off) {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("[0-9*#A-Da-d]{1," + TonePlayback.MAX_DIGITS + "}")) {
            throw new IllegalArgumentException("DTMF tones must be 1.." + TonePlayback.MAX_DIGITS
                    + " of 0-9 * # A-D, not '" + digits + "'");
        }
        Tone.checkDurations(on, off);
        return core.call("Call.playDtmfTones", () -> {
            requireAudio("playDtmfTones");
            return TonePlayback.digits(core, this, digits, on, off);
        });
    }

    /**
     * Connects this call's audio with another call's, both ways: each peer hears the other (what one
     * call receives, the other sends), as a B2BUA or a gateway bridges two legs. Connecting more pairs
     * makes a conference. The connection waits for a call whose audio is not active yet (e.g. still
     * ringing) and follows both calls through re-INVITEs and hold.
     *
     * @param other another call of the same endpoint
     * @return the connection; close it to disconnect
     * @throws IllegalArgumentException if other is this call, or belongs to another endpoint
     * @throws IllegalStateException if either call has ended, or they are connected already
     */
    public AudioConnection connectAudio(Call other) {
        return connect("connectAudio", other, true);
    }

    /**
     * Sends what this call receives to another call, one way (e.g. to let a supervisor listen in).
     *
     * @param target another call of the same endpoint, which will send this call's audio
     * @return the connection; close it to disconnect
     * @throws IllegalArgumentException if target is this call, or belongs to another endpoint
     * @throws IllegalStateException if either call has ended, or this call's audio goes to target
     *         already
     */
    public AudioConnection forwardAudioTo(Call target) {
        return connect("forwardAudioTo", target, false);
    }

    private AudioConnection connect(String what, Call other, boolean bothWays) {
        Objects.requireNonNull(other, what);
        if (other == this) {
            throw new IllegalArgumentException(what + ": call " + id + " cannot be connected to itself");
        }
        if (other.core != core) {
            throw new IllegalArgumentException(what + ": call " + other.id + " belongs to another endpoint");
        }
        return core.call("Call." + what, () -> {
            requireActive(what);
            other.requireActive(what);
            // One creator at a time, so two connections never carry the same audio: closing one would
            // disconnect the other's bridge connection too. A closing one counts until unregistered.
            synchronized (core.connecting) {
                for (CallAudioTap tap : tapsNow()) {
                    if (tap instanceof AudioConnection c && c.overlaps(this, other, bothWays)) {
                        throw new IllegalStateException(what + ": " + c + " already carries that audio");
                    }
                }
                return AudioConnection.start(core, this, other, bothWays);
            }
        });
    }

    /**
     * Sends a new SDP offer. pjsip refuses one (PJ_EINVALIDOP) while the previous INVITE transaction
     * has not ended, e.g. for the few milliseconds until the ACK of the peer's re-INVITE arrives; the
     * offer waits for that instead of failing at random.
     */
    private void offer(String what, Runnable send) {
        long deadline = System.nanoTime() + OFFER_WAIT.toNanos();
        while (true) {
            try {
                core.run("Call." + what, () -> {
                    requireActive(what);
                    send.run();
                });
                return;
            } catch (PjsipException e) {
                if (e.status() != pjsua.PJ_EINVALIDOP || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + ": interrupted while the previous offer was pending", e);
            }
        }
    }

    /** Taps need the call's conference bridge port, which exists only while its audio is active. */
    private void requireAudio(String what) {
        requireActive(what);
        if (currentAudioPort() == pjsua.PJSUA_INVALID_ID) {
            throw new IllegalStateException(what + ": call " + id + " has no active audio");
        }
    }

    /**
     * @param state the state to wait for
     * @return a future completed (on this call's event thread) with the call's info when it reaches
     *         {@code state}, or completed exceptionally with {@link IllegalStateException} if it ends
     *         without reaching it
     */
    public CompletableFuture<CallInfo> stateFuture(CallState state) {
        Objects.requireNonNull(state, "state");
        CompletableFuture<CallInfo> future = new CompletableFuture<>();
        events.execute(() -> {
            StateWaiter waiter = new StateWaiter(state, future);
            if (delivered != null && waiter.settles(delivered)) {
                waiter.settle(delivered);
            } else {
                waiters.add(waiter);
            }
        });
        return future;
    }

    /** Hangs up the call if it has not ended. Idempotent. */
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
        endRequested = true;
    }

    void hangupQuietly() {
        endRequested = true;
        if (state() != CallState.DISCONNECTED) {
            try {
                pjsua.pjsua_call_hangup(id, 0, null, null);
            } catch (PjsipException e) {
                // Already ending or gone: pjsua says so with an error, and that is the goal anyway.
            }
        }
    }

    // Event delivery, called by NativeEvents on pjsip's thread: record, then hand over.

    void onState(CallInfo info) {
        lastInfo = info;
        List<CallAudioTap> ended = List.of();
        if (info.state() == CallState.DISCONNECTED) {
            core.calls.remove(info.callId(), this);
            core.callsByToken.remove(token, this);
            ended = endTaps();
        }
        List<CallAudioTap> toClose = ended;
        events.execute(() -> {
            // Recordings are complete before the listener hears that the call ended.
            toClose.forEach(Call::closeQuietly);
            delivered = info;
            CallListener l = listener;
            try {
                if (l != null) {
                    l.onState(this, info);
                }
            } finally {
                settleWaiters(info);
            }
        });
    }

    void onTransferStatus(TransferStatus status) {
        deliver(l -> l.onTransferStatus(this, status));
    }

    void onTransferred(Call newCall) {
        deliver(l -> l.onTransferred(this, newCall));
    }

    void onReplaced(Call replacement) {
        deliver(l -> l.onReplaced(this, replacement));
    }

    void onMessage(InstantMessage message) {
        deliver(l -> l.onMessage(this, message));
    }

    /** @return whether the listener overrides {@link CallListener#onRedirect} */
    boolean decidesRedirects() {
        CallListener l = listener;
        try {
            return l != null && l.getClass().getMethod("onRedirect", Call.class, String.class)
                    .getDeclaringClass() != CallListener.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** pjsua waits (PJSIP_REDIRECT_PENDING) until the listener has decided. */
    void onRedirect(String target) {
        events.execute(() -> {
            RedirectDecision decision = RedirectDecision.STOP;
            CallListener l = listener;
            try {
                if (l != null) {
                    decision = Objects.requireNonNull(l.onRedirect(this, target), "onRedirect's decision");
                }
            } finally {
                RedirectDecision d = decision;
                try {
                    core.run("Call.onRedirect", () -> pjsua.pjsua_call_process_redirect(id, d.toNative()));
                } catch (IllegalStateException | PjsipException e) {
                    // Ended or closed meanwhile: there is nothing left to redirect.
                }
            }
        });
    }

    private void deliver(java.util.function.Consumer<CallListener> event) {
        events.execute(() -> {
            CallListener l = listener;
            if (l != null) {
                event.accept(l);
            }
        });
    }

    void onIncoming(CallInfo info) {
        lastInfo = info;
        events.execute(() -> account.onIncomingCall(this));
    }

    void onMedia(CallInfo info) {
        lastInfo = info;
        deliver(l -> l.onMedia(this, info));
    }

    /** @return false once the call has ended: a tap added now would never be closed by it */
    boolean addTap(CallAudioTap tap) {
        synchronized (taps) {
            return !tapsEnded && taps.add(tap);
        }
    }

    void removeTap(CallAudioTap tap) {
        synchronized (taps) {
            taps.remove(tap);
        }
    }

    private static void closeQuietly(CallAudioTap tap) {
        try {
            tap.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not release " + tap + " of an ended call", e);
        }
    }

    /** On pjsip's thread at DISCONNECTED: the taps to close; no more are added. */
    private List<CallAudioTap> endTaps() {
        synchronized (taps) {
            tapsEnded = true;
            return List.copyOf(taps);
        }
    }

    private List<CallAudioTap> tapsNow() {
        synchronized (taps) {
            return List.copyOf(taps);
        }
    }

    /** On pjsip's thread, when the call's audio became active on a (possibly new) conference port. */
    void attachTaps(int callPort) {
        for (CallAudioTap tap : tapsNow()) {
            try {
                tap.attachIfOpen(this, callPort);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not reconnect " + tap + " to call " + id, e);
            }
        }
    }

    /**
     * The call's conference port now, or PJSUA_INVALID_ID without active audio; never another call's
     * (pjsua gives an ended call's id to the next call).
     */
    int currentAudioPort() {
        return state() == CallState.DISCONNECTED ? pjsua.PJSUA_INVALID_ID : pjsua.pjsua_call_get_conf_port(id);
    }

    void onDtmf(DtmfEvent event) {
        deliver(l -> l.onDtmf(this, event));
    }

    /**
     * On the endpoint's timer: reports audio that stopped arriving while it should (active, not on
     * hold), once per silence.
     */
    void checkAudio(Duration timeout) {
        CallInfo info = lastInfo;
        if (info == null || info.mediaStatus() != MediaStatus.ACTIVE || info.hold() != HoldState.NONE) {
            audioWatch.reset();
            return;
        }
        long packets;
        try {
            packets = mediaStats().rxPackets();
        } catch (IllegalStateException | PjsipException e) {
            return; // ended, closed or between streams: nothing to watch now
        }
        Duration silent = audioWatch.silentFor(packets, timeout);
        if (silent != null) {
            deliver(l -> l.onNoAudio(this, silent));
        }
    }

    private void settleWaiters(CallInfo info) {
        waiters.removeIf(w -> {
            if (w.settles(info)) {
                w.settle(info);
                return true;
            }
            return false;
        });
    }

    private void requireActive(String what) {
        if (state() == CallState.DISCONNECTED) {
            throw new IllegalStateException(what + ": call " + id + " has ended");
        }
    }

    static void requireStatusCode(int code) {
        if (code < 100 || code > 699) {
            throw new IllegalArgumentException("SIP status code must be 100..699, not " + code);
        }
    }

    @Override
    public String toString() {
        CallInfo info = lastInfo;
        return "Call[" + id + ", " + state() + (info == null ? "" : ", " + info.remoteUri()) + "]";
    }
}
