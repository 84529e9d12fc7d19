package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ringing and early media (183 with SDP) before the answer, and audio that really flows in it. */
class EarlyMediaTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @Test
    void ringingThenEarlyMediaWithAToneThenAnswer(@TempDir Path dir) throws Exception {
        Path tone = dir.resolve("tone.wav");
        Path heard = dir.resolve("heard.wav");
        Wav.writeSine(tone, 1000, 8000, 3, 0.5);
        Loopback.Answering bob = Loopback.Answering.with(180);
        Account bobAccount = Loopback.account(ep, "bob", bob);
        CallEvents out = new CallEvents();
        Call call = alice.makeCall(bobAccount.uri(), out);
        Call in = bob.firstCall.get(T, MILLISECONDS);
        CallInfo ringing = call.stateFuture(CallState.EARLY).get(T, MILLISECONDS);
        assertTrue(ringing.ringing(), ringing.toString());

        in.answer(183);
        CallInfo early = out.awaitMedia(CallInfo::earlyMedia);
        assertEquals(183, early.lastStatusCode());
        assertTrue(early.audio().isPresent(), "the stream exists before the answer");
        bob.events.mediaActive.get(T, MILLISECONDS);
        try (AudioPlayback play = in.play(tone, true); AudioRecording rec = call.record(heard)) {
            Thread.sleep(1500);
        }
        assertEquals(CallState.EARLY, call.state(), "still unanswered while the tone played");
        Wav.Pcm pcm = Wav.read(heard);
        int blocks = (int) (pcm.seconds() * 50);
        assertTrue(pcm.blocksAt(1000, 0.6) > blocks / 2,
                "the 1 kHz tone came through as early media: " + pcm.blocksAt(1000, 0.6) + "/" + blocks);

        in.answer(200);
        assertEquals(200, call.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS).lastStatusCode());
    }
}
