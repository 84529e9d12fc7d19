package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pjsua4j.internal.Attachment;

/** Tone generators and call-to-call connections through the conference bridge, proven by what is recorded. */
class AudioBridgeTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();
    private static final Duration LISTEN = Duration.ofMillis(1500);

    @TempDir
    Path dir;

    /** Records what {@code call} receives for {@link #LISTEN}. */
    private Wav.Pcm listen(Call call, String name) throws Exception {
        Path file = dir.resolve(name + ".wav");
        try (AudioRecording rec = call.record(file)) {
            Thread.sleep(LISTEN.toMillis());
        }
        Wav.Pcm heard = Wav.read(file);
        assertTrue(heard.seconds() > 1, name + ": recorded " + heard.seconds() + " s");
        return heard;
    }

    /**
     * Audio already sent is still on its way (in the peer's jitter buffer) for a few frames; a frame
     * or two more may still arrive on a loaded machine.
     */
    private static void drainJitterBuffer() throws InterruptedException {
        Thread.sleep(300);
    }

    private static int blocks(Wav.Pcm pcm) {
        return (int) (pcm.seconds() * 50);
    }

    /**
     * Most blocks carry the tone and none the other one. Through a connection the audio crosses two
     * jitter buffers, which still adapt (dropping or concealing frames) in the first seconds of a
     * stream on a busy machine, so "most" is more than half.
     */
    private static void assertTone(Wav.Pcm heard, int hz, int otherHz, String who) {
        int at = heard.blocksAt(hz, 0.6);
        System.out.printf("%s: %d of %d 20 ms blocks at %d Hz, %d at %d Hz%n", who, at, blocks(heard), hz,
                heard.blocksAt(otherHz, 0.3), otherHz);
        assertTrue(at > blocks(heard) / 2, who + " hears " + hz + " Hz: " + at + " of " + blocks(heard) + " blocks");
        assertEquals(0, heard.blocksAt(otherHz, 0.3), who + " does not hear " + otherHz + " Hz");
    }

    @Test
    void aLoopedToneIsHeardByThePeerUntilClosed() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        TonePlayback tone = c.out().playTones(List.of(Tone.of(1000, Duration.ofMillis(500))), true);
        assertTrue(tone.isPlaying());
        assertTone(listen(c.in(), "tone"), 1000, 1700, "bob");
        assertTrue(tone.isPlaying(), "a looped tone is still playing");
        tone.close();
        tone.close();
        assertFalse(tone.isPlaying());
        drainJitterBuffer();
        Wav.Pcm after = listen(c.in(), "after");
        assertTrue(after.blocksAt(1000, 0.3) <= 2, "silence once the tone is closed: " + after.blocksAt(1000, 0.3));
        c.out().hangup();
    }

    @Test
    void inBandDtmfCarriesBothFrequenciesOfTheDigitAndEnds() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        Path file = dir.resolve("dtmf.wav");
        TonePlayback digits;
        try (AudioRecording rec = c.in().record(file)) {
            digits = c.out().playDtmfTones("5", Duration.ofMillis(600), Duration.ofMillis(100));
            Thread.sleep(1200);
        }
        assertFalse(digits.isPlaying(), "the digit has been played");
        Wav.Pcm heard = Wav.read(file);
        // DTMF 5 is 770 Hz + 1336 Hz; 9 is 852 Hz + 1477 Hz.
        int five = heard.blocksWith(0.3, 770, 1336);
        System.out.printf("DTMF 5: %d 20 ms blocks carry 770 and 1336 Hz%n", five);
        assertTrue(five >= 20, "600 ms of digit 5 heard: " + five + " blocks");
        assertEquals(0, heard.blocksWith(0.3, 852, 1477), "not digit 9");
        c.out().hangup();
    }

    @Test
    void twoConnectedCallsHearEachOtherAndNotThemselves() throws Exception {
        Connected aliceBob = Connected.call(ep, alice, "bob");
        Connected bobCarol = Connected.call(ep, aliceBob.in().account(), "carol");
        Call aliceSide = aliceBob.out();
        Call carolSide = bobCarol.in();
        try (AudioConnection bridge = aliceBob.in().connectAudio(bobCarol.out());
                TonePlayback fromAlice = aliceSide.playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
                TonePlayback fromCarol = carolSide.playTones(List.of(Tone.of(1700, Duration.ofSeconds(1))), true)) {
            assertTrue(bridge.bothWays());
            assertTone(listen(carolSide, "carol"), 1000, 1700, "carol");
            assertTone(listen(aliceSide, "alice"), 1700, 1000, "alice");

            bridge.close();
            drainJitterBuffer();
            int after = listen(carolSide, "carol-after").blocksAt(1000, 0.3);
            assertTrue(after <= 2, "carol hears nothing once disconnected: " + after + " blocks");
        }
        aliceSide.hangup();
        carolSide.hangup();
    }

    @Test
    void aForwardedCallIsHeardOneWayOnly() throws Exception {
        Connected aliceBob = Connected.call(ep, alice, "bob");
        Connected bobCarol = Connected.call(ep, aliceBob.in().account(), "carol");
        try (AudioConnection monitor = aliceBob.in().forwardAudioTo(bobCarol.out());
                TonePlayback fromAlice = aliceBob.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
                TonePlayback fromCarol = bobCarol.in().playTones(List.of(Tone.of(1700, Duration.ofSeconds(1))), true)) {
            assertFalse(monitor.bothWays());
            assertTone(listen(bobCarol.in(), "carol"), 1000, 1700, "carol");
            Wav.Pcm alice = listen(aliceBob.out(), "alice");
            assertEquals(0, alice.blocksAt(1700, 0.3), "alice does not hear carol");
        }
    }

    @Test
    void aConnectionMadeWhileTheOtherCallRingsJoinsItWhenAnsweredAndSurvivesHold() throws Exception {
        Connected aliceBob = Connected.call(ep, alice, "bob");
        Loopback.Answering ringing = Loopback.Answering.with(180);
        Account carol = Loopback.account(ep, "carol", ringing);
        CallEvents bobEvents = new CallEvents();
        Call bobToCarol = aliceBob.in().account().makeCall(carol.uri(), bobEvents);
        bobToCarol.stateFuture(CallState.EARLY).get(T, MILLISECONDS);
        AudioConnection bridge = aliceBob.in().connectAudio(bobToCarol);
        try (TonePlayback tone = aliceBob.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true)) {
            Call carolSide = ringing.firstCall.get(T, MILLISECONDS);
            carolSide.answer(200);
            ringing.events.mediaActive.get(T, MILLISECONDS);
            bobEvents.mediaActive.get(T, MILLISECONDS);
            assertTone(listen(carolSide, "answered"), 1000, 1700, "carol after answering");

            bobToCarol.hold();
            bobEvents.awaitMedia(i -> i.hold() == HoldState.LOCAL);
            ringing.events.awaitMedia(i -> i.hold() == HoldState.REMOTE);
            bobToCarol.unhold();
            bobEvents.awaitMedia(i -> i.hold() == HoldState.NONE && i.mediaStatus() == MediaStatus.ACTIVE);
            ringing.events.awaitMedia(i -> i.hold() == HoldState.NONE && i.mediaStatus() == MediaStatus.ACTIVE);
            // Both streams were rebuilt: their jitter buffers start over and adapt for about a second.
            Thread.sleep(1000);
            assertTone(listen(carolSide, "resumed"), 1000, 1700, "carol after hold and resume");
            assertTrue(bridge.isOpen());

            carolSide.hangup();
            bobEvents.disconnected.get(T, MILLISECONDS);
            assertFalse(bridge.isOpen(), "the connection ended with one of its calls");
        }
        aliceBob.out().hangup();
    }

    /**
     * A hold or unhold rebuilds the call's stream, and for a moment the call has no conference port
     * (pjsua updates media under the dialog's lock only). A tone asked for then is attached when the
     * new port appears, like those that were playing already.
     */
    @Test
    void tonesStartedWhileHoldAndUnholdRebuildTheStreamAreAcceptedAndHeard() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        CompletableFuture<Integer> started = CompletableFuture.supplyAsync(() -> {
            int n = 0;
            while (rebuilding.get()) {
                c.out().playTones(List.of(Tone.of(440, Duration.ofMillis(100))), false).close();
                n++;
            }
            return n;
        });
        try {
            for (int i = 0; i < 15; i++) {
                assertEquals(200, c.out().hold().get(T, MILLISECONDS).code(), "hold " + i);
                assertEquals(200, c.out().unhold().get(T, MILLISECONDS).code(), "unhold " + i);
            }
        } finally {
            rebuilding.set(false);
        }
        int tones = started.get(T, MILLISECONDS);
        System.out.printf("%d tones started and closed during 30 re-INVITEs%n", tones);
        assertTrue(tones > 0, "tones were started during the re-INVITEs");

        CompletableFuture<SipStatus> held = c.out().hold();
        try (TonePlayback tone = c.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true)) {
            assertEquals(200, held.get(T, MILLISECONDS).code());
            assertEquals(200, c.out().unhold().get(T, MILLISECONDS).code());
            c.inEvents().awaitMedia(i -> i.hold() == HoldState.NONE && i.mediaStatus() == MediaStatus.ACTIVE);
            Thread.sleep(1000);
            assertTone(listen(c.in(), "rebuilt"), 1000, 1700, "bob after the stream was rebuilt");
        }
        c.out().hangup();
    }

    @Test
    void aCallsPlaybacksEndWithItAndItsRecordingIsCompleteWhenItsEndIsReported() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        TonePlayback tone = c.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
        Path file = dir.resolve("until-hangup.wav");
        AudioRecording rec = c.in().record(file);
        Thread.sleep(500);
        c.out().hangup();
        c.inEvents().disconnected.get(T, MILLISECONDS);
        assertTrue(Wav.read(file).blocksAt(1000, 0.6) > 10, "the file is complete when bob hears of the end");
        c.outEvents().disconnected.get(T, MILLISECONDS);
        assertFalse(tone.isPlaying());
        assertFalse(tone.isOpen() || rec.isOpen());
    }

    @Test
    void closingTheEndpointReleasesTonesAndConnections() throws Exception {
        Connected aliceBob = Connected.call(ep, alice, "bob");
        Connected bobCarol = Connected.call(ep, aliceBob.in().account(), "carol");
        TonePlayback tone = aliceBob.out().playTones(List.of(Tone.of(440, Duration.ofSeconds(1))), true);
        AudioConnection bridge = aliceBob.in().connectAudio(bobCarol.out());
        ep.close();
        assertTrue(((Attachment) tone).released() && ((Attachment) bridge).released(), "released before pjsua was destroyed");
        assertFalse(tone.isPlaying());
        tone.close();
        bridge.close();
    }

    @Test
    void badTonesAndConnectionsAreRefusedNamingWhatIsWrong() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        Call call = c.out();
        Duration ms100 = Duration.ofMillis(100);
        assertMessage(IllegalArgumentException.class, "1..32 tones, not 0", () -> call.playTones(List.of(), false));
        assertMessage(IllegalArgumentException.class, "not 33",
                () -> call.playTones(Collections.nCopies(33, Tone.of(400, ms100)), false));
        assertMessage(IllegalArgumentException.class, "8000 Hz",
                () -> call.playTones(List.of(Tone.of(9000, ms100)), false));
        assertMessage(IllegalArgumentException.class, "frequency1", () -> Tone.of(0, ms100));
        assertMessage(IllegalArgumentException.class, "frequency2", () -> Tone.dual(400, -1, ms100, ms100));
        assertMessage(IllegalArgumentException.class, "on-time", () -> Tone.of(400, Duration.ZERO));
        assertMessage(IllegalArgumentException.class, "off-time", () -> Tone.dual(400, 0, ms100, Duration.ofMinutes(1)));
        assertMessage(IllegalArgumentException.class, "'12x'", () -> call.playDtmfTones("12x", ms100, ms100));
        assertMessage(IllegalArgumentException.class, "1..31", () -> call.playDtmfTones("1".repeat(32), ms100, ms100));
        assertMessage(IllegalArgumentException.class, "on-time", () -> call.playDtmfTones("1", Duration.ZERO, ms100));
        assertMessage(IllegalArgumentException.class, "itself", () -> call.connectAudio(call));
        assertMessage(IllegalArgumentException.class, "codecId", () -> ep.setCodecPriority(" ", 1));

        Connected other = Connected.call(ep, alice, "carol");
        try (AudioConnection first = call.forwardAudioTo(other.out())) {
            assertMessage(IllegalStateException.class, "already carries", () -> call.connectAudio(other.out()));
            assertMessage(IllegalStateException.class, "already carries", () -> call.forwardAudioTo(other.out()));
            other.out().forwardAudioTo(call).close(); // the other direction is free
        }
        call.hangup();
        call.stateFuture(CallState.DISCONNECTED).get(T, MILLISECONDS);
        assertMessage(IllegalStateException.class, "has ended", () -> call.playTones(List.of(Tone.of(400, ms100)), false));
        assertMessage(IllegalStateException.class, "has ended", () -> call.playDtmfTones("1", ms100, ms100));
        assertMessage(IllegalStateException.class, "has ended", () -> other.out().connectAudio(call));
        other.out().hangup();
    }

    private static void assertMessage(Class<? extends RuntimeException> type, String part,
            org.junit.jupiter.api.function.Executable action) {
        RuntimeException e = assertThrows(type, action);
        assertTrue(e.getMessage().contains(part), "message names the problem (" + part + "): " + e.getMessage());
    }
}
