package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_call_info;

/** Audio through the conference bridge: a tone played on one side is heard on the other. */
class CallMediaTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @TempDir
    Path dir;

    /** Alice calls bob, bob answers; returns bob's side once both sides' audio is active. */
    private Call[] connect(Loopback.Answering bob) throws Exception {
        Account bobAccount = Loopback.account(ep, "bob", bob);
        CallEvents aliceEvents = new CallEvents();
        Call outgoing = alice.makeCall(bobAccount.uri(), aliceEvents);
        outgoing.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        Call incoming = bob.firstCall.get(T, MILLISECONDS);
        aliceEvents.mediaActive.get(T, MILLISECONDS);
        bob.events.mediaActive.get(T, MILLISECONDS);
        return new Call[] {outgoing, incoming};
    }

    /** Plays a tone from alice to bob for 2 s and returns what bob recorded. */
    private Wav.Pcm playAndRecord(double hz) throws Exception {
        Path tone = dir.resolve("tone-" + (int) hz + ".wav");
        Wav.writeSine(tone, hz, 8000, 3, 0.5);
        Call[] calls = connect(Loopback.Answering.with(200));
        Path recorded = dir.resolve("heard-" + (int) hz + ".wav");
        try (AudioRecording rec = calls[1].record(recorded); AudioPlayback play = calls[0].play(tone, false)) {
            Thread.sleep(2000);
        }
        calls[0].hangup();
        Wav.Pcm heard = Wav.read(recorded);
        assertTrue(heard.seconds() > 1.5, "recorded " + heard.seconds() + " s");
        return heard;
    }

    @Test
    void aTonePlayedOnOneSideIsRecordedOnTheOther() throws Exception {
        Wav.Pcm heard = playAndRecord(1000);
        int blocks = (int) (heard.seconds() * 50);
        int at1000 = heard.blocksAt(1000, 0.6);
        System.out.printf("recorded %.2f s at %d Hz, rms %.0f; 20 ms blocks dominated by 1000 Hz: %d of %d%n",
                heard.seconds(), heard.rate(), heard.rms(), at1000, blocks);
        assertTrue(at1000 > blocks * 3 / 4, "the 1 kHz tone fills the recording: " + at1000 + " of " + blocks);
        assertEquals(0, heard.blocksAt(1700, 0.6), "and no other tone does");
    }

    /**
     * Each side offers and answers two audio streams; pjsua connects the first to the call's port, so
     * the call's media and CallInfo are about that one.
     */
    @Test
    void anAccountMayAskForTwoAudioStreamsAndTheFirstCarriesTheCall() throws Exception {
        Loopback.Answering bob = Loopback.Answering.with(200);
        Account bobAccount = ep.addAccount(AccountConfig.builder(Loopback.udp(ep).uri("bob")).audioStreams(2).build(),
                bob);
        Account carol = ep.addAccount(AccountConfig.builder(Loopback.udp(ep).uri("carol")).audioStreams(2).build(),
                new AccountListener() {
                });
        CallEvents carolEvents = new CallEvents();
        Call out = carol.makeCall(bobAccount.uri(), carolEvents);
        out.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS);
        carolEvents.mediaActive.get(T, MILLISECONDS);
        Call in = bob.firstCall.get(T, MILLISECONDS);
        bob.events.mediaActive.get(T, MILLISECONDS);
        try (pjsua_call_info ci = new pjsua_call_info()) {
            pjsua.pjsua_call_get_info(in.id(), ci);
            assertEquals(2, ci.getRem_aud_cnt(), "carol offered two audio streams");
            assertEquals(2, ci.getMedia_cnt(), "bob answered both");
        }
        assertTrue(out.info().audio().isPresent() && in.info().audio().isPresent());

        Path tone = dir.resolve("tone-two-streams.wav");
        Wav.writeSine(tone, 1000, 8000, 3, 0.5);
        Path recorded = dir.resolve("heard-two-streams.wav");
        try (AudioRecording rec = in.record(recorded); AudioPlayback play = out.play(tone, false)) {
            Thread.sleep(2000);
        }
        out.hangup();
        Wav.Pcm heard = Wav.read(recorded);
        int blocks = (int) (heard.seconds() * 50);
        assertTrue(heard.blocksAt(1000, 0.6) > blocks * 3 / 4, "the tone went over the first stream: "
                + heard.blocksAt(1000, 0.6) + " of " + blocks);
        carol.close();
    }

    @Test
    void anotherToneIsNotMistakenForIt() throws Exception {
        Wav.Pcm heard = playAndRecord(1700);
        int blocks = (int) (heard.seconds() * 50);
        assertTrue(heard.blocksAt(1700, 0.6) > blocks * 3 / 4, "the 1.7 kHz tone is heard");
        assertEquals(0, heard.blocksAt(1000, 0.6), "the detector does not report 1 kHz for it");
    }

    @Test
    void aPlaybackReportsTheEndOfItsFileAndStopsOrLoopsAsAsked() throws Exception {
        Path tone = dir.resolve("short.wav");
        Wav.writeSine(tone, 440, 8000, 0.3, 0.5);
        Call[] calls = connect(Loopback.Answering.with(200));
        AudioPlayback once = calls[0].play(tone, false);
        assertEquals(once, once.endOfFile().get(T, MILLISECONDS));
        assertFalse(once.isOpen(), "a playback without loop stops at the end of its file");
        try (AudioPlayback looping = calls[0].play(tone, true)) {
            assertEquals(looping, looping.endOfFile().get(T, MILLISECONDS));
            assertTrue(looping.isOpen(), "a looping playback starts over");
        }
        AudioPlayback cut = calls[0].play(tone, true);
        cut.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> cut.endOfFile().get(T, MILLISECONDS));
        assertTrue(e.getCause() instanceof IllegalStateException, e.toString());
    }

    @Test
    void mediaFilesThatCannotBeUsedAreRefusedNamingTheFile() throws Exception {
        Call[] calls = connect(Loopback.Answering.with(200));
        Path missing = dir.resolve("missing.wav");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> calls[0].play(missing, false));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        Path unwritable = dir.resolve("no-such-dir").resolve("out.wav");
        e = assertThrows(IllegalArgumentException.class, () -> calls[0].record(unwritable));
        assertTrue(e.getMessage().contains(unwritable.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> calls[0].record(dir.resolve("out.mp3")));
        calls[0].hangup();
        calls[0].stateFuture(CallState.DISCONNECTED).get(T, MILLISECONDS);
        assertThrows(IllegalStateException.class, () -> calls[0].record(dir.resolve("late.wav")));
    }
}
