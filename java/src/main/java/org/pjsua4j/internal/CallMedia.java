package org.pjsua4j.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AudioConnection;
import org.pjsua4j.AudioFrameListener;
import org.pjsua4j.AudioPlayback;
import org.pjsua4j.AudioRecording;
import org.pjsua4j.AudioSink;
import org.pjsua4j.AudioSource;
import org.pjsua4j.Call;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallState;
import org.pjsua4j.HoldState;
import org.pjsua4j.MediaStats;
import org.pjsua4j.MediaStatus;
import org.pjsua4j.PcmFormat;
import org.pjsua4j.Tone;
import org.pjsua4j.TonePlayback;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjmedia_rtcp_stat;
import org.pjsua4j.raw.pjmedia_rtcp_stream_stat;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_stream_stat;

/**
 * One call's audio on the conference bridge: what is attached to it (playbacks, recordings, tones,
 * connections), its RTP counters, and the watch for audio that stopped arriving: a warning, then the
 * hangup of a call whose peer seems to have vanished.
 */
final class CallMedia {
    /** The facade offers audio-only calls, so the audio stream is the SDP's first media line. */
    private static final int AUDIO_MEDIA_INDEX = 0;
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");
    /** How often a call is checked that has no timeout shorter than 4 s. */
    static final long IDLE_CHECK_MS = 1000;

    private final RealCall call;
    private final RealAccount account;
    private final EndpointCore core;
    /** Set by the application for this call alone; null: the account's or the endpoint's. */
    private volatile Duration ownTimeout;
    private final AudioWatch audioWatch = new AudioWatch();
    private volatile boolean audioExpected;
    /** Guarded by itself; ended too. */
    private final Set<Attachment> attachments = new HashSet<>();
    private boolean ended;

    CallMedia(RealCall call, RealAccount account, EndpointCore core) {
        this.call = call;
        this.account = account;
        this.core = core;
    }

    void setTimeout(Duration timeout) {
        ownTimeout = timeout;
    }

    /** The call's own media-inactivity timeout, else the account's, else the endpoint's; zero: off. */
    Duration timeout() {
        Duration own = ownTimeout;
        if (own != null) {
            return own;
        }
        // A local account added without a configuration has none.
        AccountConfig config = account.config();
        Optional<Duration> accounts = config == null ? Optional.empty() : config.mediaTimeout();
        return accounts.orElse(core.config().mediaTimeout());
    }

    /**
     * The guard of operations that attach to the call's conference port, which exists only while it
     * has audio.
     */
    private <T> T whileAudio(String operation, Supplier<T> action) {
        return call.whileActive(operation, () -> {
            if (currentPort() == pjsua.PJSUA_INVALID_ID && !betweenStreams()) {
                throw new IllegalStateException("Call." + operation + ": call " + call.id() + " has no active audio");
            }
            return action.get();
        });
    }

    /**
     * Whether the call had audio when last reported. A re-INVITE that changes the media (hold, unhold,
     * a new codec) rebuilds the stream under the dialog's lock only, so for a moment pjsua shows no
     * port; what is attached then is connected to the new one with the rest ({@link #attachAll}).
     */
    private boolean betweenStreams() {
        CallInfo info = call.upcalls().lastInfo();
        return info != null && info.mediaStatus() != MediaStatus.NONE && info.mediaStatus() != MediaStatus.ERROR;
    }

    MediaStats stats() {
        return call.whileActive("mediaStats", () -> {
            try (pjsua_stream_stat st = new pjsua_stream_stat()) {
                pjsua.pjsua_call_get_stream_stat(call.id(), AUDIO_MEDIA_INDEX, st);
                pjmedia_rtcp_stat rtcp = st.getRtcp();
                pjmedia_rtcp_stream_stat rx = rtcp.getRx();
                pjmedia_rtcp_stream_stat tx = rtcp.getTx();
                return new MediaStats(rx.getPkt(), rx.getBytes(), rx.getLoss(), tx.getPkt(), tx.getBytes());
            }
        });
    }

    AudioPlayback play(Path file, boolean loop) {
        Objects.requireNonNull(file, "file");
        return whileAudio("play", () -> WavPlayback.start(core, call, file, loop));
    }

    AudioRecording record(Path file) {
        Objects.requireNonNull(file, "file");
        return whileAudio("record", () -> WavRecording.start(core, call, file));
    }

    TonePlayback playTones(List<Tone> tones, boolean loop) {
        List<Tone> copy = NoNulls.copy("tones", tones);
        if (copy.isEmpty() || copy.size() > TonePlayback.MAX_TONES) {
            throw new IllegalArgumentException("playTones takes 1.." + TonePlayback.MAX_TONES + " tones, not "
                    + copy.size());
        }
        int nyquist = core.bridgeClockRate() / 2;
        for (Tone t : copy) {
            if (Math.max(t.frequency1(), t.frequency2()) >= nyquist) {
                throw new IllegalArgumentException("tone " + t + " is not below " + nyquist
                        + " Hz, half the conference bridge's clock rate");
            }
        }
        return whileAudio("playTones", () -> ToneGenerator.tones(core, call, copy, loop));
    }

    TonePlayback playDtmfTones(String digits, Duration on, Duration off) {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("[0-9*#A-Da-d]{1," + TonePlayback.MAX_DIGITS + "}")) {
            throw new IllegalArgumentException("playDtmfTones: digits must be 1.." + TonePlayback.MAX_DIGITS
                    + " of 0-9 * # A-D, not '" + digits + "'");
        }
        ToneDurations.check(on, off);
        return whileAudio("playDtmfTones", () -> ToneGenerator.digits(core, call, digits, on, off));
    }

    AudioSink openSink(PcmFormat format, int bufferFrames, AudioFrameListener listener) {
        return call.whileActive("openAudioSink", () -> FrameSink.open(core, call, format, bufferFrames, listener));
    }

    AudioSource openSource(PcmFormat format, int bufferFrames) {
        return call.whileActive("openAudioSource", () -> FrameSource.open(core, call, format, bufferFrames));
    }

    AudioConnection connect(String operation, Call other, boolean bothWays) {
        Objects.requireNonNull(other, operation);
        if (other == call) {
            throw new IllegalArgumentException("Call." + operation + ": call " + call.id() + " cannot be connected to itself");
        }
        if (!(other instanceof RealCall peer) || !peer.belongsTo(core)) {
            throw new IllegalArgumentException("Call." + operation + ": call " + other.id() + " belongs to another endpoint");
        }
        return call.whileActive(operation, () -> {
            peer.requireActive(operation);
            // One creator at a time, so two connections never carry the same audio: closing one would
            // disconnect the other's bridge connection too. A closing one counts until unregistered.
            synchronized (core.registry().connectionLock()) {
                for (Attachment a : attachmentsNow()) {
                    if (a instanceof CallLink link && link.overlaps(call, peer, bothWays)) {
                        throw new IllegalStateException("Call." + operation + ": " + link + " already carries that audio");
                    }
                }
                return CallLink.start(core, call, peer, bothWays);
            }
        });
    }

    /** @return false once the call has ended: an attachment added now would never be closed by it */
    boolean add(Attachment attachment) {
        synchronized (attachments) {
            return !ended && attachments.add(attachment);
        }
    }

    void remove(Attachment attachment) {
        synchronized (attachments) {
            attachments.remove(attachment);
        }
    }

    /** On pjsip's thread at DISCONNECTED: the attachments to close; no more are added. */
    List<Attachment> end() {
        synchronized (attachments) {
            ended = true;
            return List.copyOf(attachments);
        }
    }

    private List<Attachment> attachmentsNow() {
        synchronized (attachments) {
            return List.copyOf(attachments);
        }
    }

    /** On pjsip's thread, when the call's audio became active on a (possibly new) conference port. */
    void attachAll(int callPort) {
        for (Attachment a : attachmentsNow()) {
            try {
                a.attachIfOpen(call, callPort);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not reconnect " + a + " to call " + call.id(), e);
            }
        }
    }

    /** On the executor, before the listener hears of the end: recordings are complete by then. */
    static void closeAll(List<Attachment> ended) {
        for (Attachment a : ended) {
            try {
                a.close();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not release " + a + " of an ended call", e);
            }
        }
    }

    /**
     * The call's conference port now, or PJSUA_INVALID_ID without active audio; never another call's
     * (pjsua gives an ended call's id to the next call).
     */
    int currentPort() {
        return call.state() == CallState.DISCONNECTED ? pjsua.PJSUA_INVALID_ID
                : pjsua.pjsua_call_get_conf_port(call.id());
    }

    /** From each snapshot: whether the call's audio is meant to arrive (active, receiving). */
    void expectAudio(boolean expected) {
        audioExpected = expected;
    }

    /** The call's media changed (answer, re-INVITE, UPDATE, hold, unhold): silence is measured anew. */
    void restartWatch() {
        audioWatch.reset();
    }

    /**
     * On the endpoint's timer: reports audio that stopped arriving while it should (active, receiving,
     * not on hold), once per silence, and ends a confirmed call whose silence reached its media timeout.
     *
     * @param warnAfter the endpoint's no-audio warning timeout; zero: off
     * @return how soon, in milliseconds, this call wants to be checked again
     */
    long checkAudio(Duration warnAfter) {
        Duration hangupAfter = timeout();
        long period = checkPeriod(warnAfter, hangupAfter);
        CallInfo info = call.upcalls().lastInfo();
        if (info == null || !audioExpected || info.mediaStatus() != MediaStatus.ACTIVE || info.hold() != HoldState.NONE
                || (warnAfter.isZero() && hangupAfter.isZero())) {
            audioWatch.reset();
            return period;
        }
        long packets;
        try {
            packets = stats().rxPackets();
        } catch (IllegalStateException | PjsipException e) {
            return period; // ended, closed or between streams: nothing to watch now
        }
        Duration silent = audioWatch.silence(packets);
        if (audioWatch.warn(silent, warnAfter)) {
            call.dispatch().noAudio(silent);
        }
        // Early media may pause until the answer; only an established call is ended for silence.
        if (info.state() == CallState.CONFIRMED && audioWatch.expire(silent, hangupAfter)) {
            call.endForMediaTimeout(silent);
        }
        return period;
    }

    /** Often enough to act within a quarter of the shorter timeout, and at least once a second. */
    static long checkPeriod(Duration warnAfter, Duration hangupAfter) {
        long period = IDLE_CHECK_MS;
        for (Duration d : List.of(warnAfter, hangupAfter)) {
            if (!d.isZero()) {
                period = Math.min(period, Math.max(1, d.toMillis() / 4));
            }
        }
        return period;
    }
}
