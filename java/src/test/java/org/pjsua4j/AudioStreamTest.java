package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Call audio as PCM frames: what a sink receives and what the peer hears of a source, over loopback. */
class AudioStreamTest extends AliceOnLoopback {
    /**
     * Jitter buffers adapt in the first second of a stream (more so on a loaded machine, dropping or
     * concealing frames); that second is not counted.
     */
    private static final int SETTLE_FRAMES = 50;
    private static final Duration LISTEN = Duration.ofSeconds(2);

    private static void skip(AudioSink sink, int frames) throws InterruptedException {
        for (int i = 0; i < frames; i++) {
            assertNotNull(sink.read(Duration.ofSeconds(2)), "frame " + i);
        }
    }

    private static void assertMostlyTone(int[] counts, int hz, String who) {
        System.out.printf("%s: %d of %d frames at %d Hz, %d with the control tone%n", who, counts[1], counts[0], hz, counts[2]);
        assertTrue(counts[1] > counts[0] * 9 / 10, who + ": " + counts[1] + " of " + counts[0] + " frames at " + hz + " Hz");
        assertEquals(0, counts[2], who + ": frames with the control tone");
    }

    /** Writes a sine into the source until stopped, paced by the bridge (the writer waits for room). */
    private static Thread sender(AudioSource source, double hz, AtomicBoolean stop) {
        Thread t = new Thread(() -> {
            Frames.Sine sine = new Frames.Sine(source.format(), hz);
            try {
                while (!stop.get() && source.write(sine.next(), Duration.ofSeconds(2))) {
                    // paced by write
                }
            } catch (IllegalStateException | InterruptedException closed) {
                // the source ended
            }
        }, "test-sender");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void aToneThePeerSendsArrivesAsFrames() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        c.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
        try (AudioSink sink = c.in().openAudioSink(PcmFormat.WIDEBAND, 100)) {
            skip(sink, SETTLE_FRAMES);
            AudioFrame first = sink.read(Duration.ofSeconds(2));
            assertEquals(PcmFormat.WIDEBAND, first.format());
            assertEquals(640, first.samples().remaining());
            long seq = first.sequence();
            assertMostlyTone(Frames.listen(sink, LISTEN, 1000, 1700), 1000, "sink");
            AudioFrame later = sink.read(Duration.ofSeconds(2));
            long expected = seq + 1 + LISTEN.toMillis() / 20;
            assertEquals(expected + sink.droppedFrames(), later.sequence(), "one sequence number per frame");
            assertEquals(16000L / 50 * later.sequence(), later.timestamp(), "timestamp in samples");
            assertTrue(System.nanoTime() - later.deliveredNanos() < TimeUnit.SECONDS.toNanos(2), "delivered on nanoTime's clock");
        }
        c.out().hangup();
    }

    @Test
    void framesWrittenInJavaAreHeardByThePeer() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        AtomicBoolean stop = new AtomicBoolean();
        try (AudioSource source = c.out().openAudioSource(PcmFormat.NARROWBAND, 5);
                AudioSink heard = c.in().openAudioSink(PcmFormat.WIDEBAND, 100)) {
            Thread t = sender(source, 1000, stop);
            // A loaded machine may start the sender late: listen once its frames flow.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (source.sentFrames() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            while (heard.read(Duration.ZERO) != null) {
                // what the peer heard before
            }
            skip(heard, SETTLE_FRAMES);
            int[] counts = Frames.listen(heard, LISTEN, 1000, 1700);
            System.out.printf("source: %d sent, %d silent, %d queued%n", source.sentFrames(), source.silentFrames(), source.queuedFrames());
            assertMostlyTone(counts, 1000, "peer");
            assertTrue(source.sentFrames() >= LISTEN.toMillis() / 20, "sent " + source.sentFrames());
            assertTrue(source.queuedFrames() <= 5);
            stop.set(true);
            t.join(5000);
            assertFalse(t.isAlive());
        }
        c.out().hangup();
    }

    @Test
    void anEmptySourcePlaysSilenceAndCountsIt() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        try (AudioSource source = c.out().openAudioSource(PcmFormat.NARROWBAND, 5)) {
            Thread.sleep(200);
            assertEquals(0, source.silentFrames(), "silence before the first frame is not an underrun");
            Frames.Sine sine = new Frames.Sine(source.format(), 1000);
            assertTrue(source.offer(sine.next()));
            Thread.sleep(400);
            assertEquals(1, source.sentFrames());
            assertTrue(source.silentFrames() >= 10, "silent " + source.silentFrames());
            assertEquals(0, source.queuedFrames());
        }
        c.out().hangup();
    }

    @Test
    void aFullSourceRefusesAnOfferAndAFlushEmptiesIt() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        try (AudioSource source = c.out().openAudioSource(PcmFormat.NARROWBAND, 3)) {
            Frames.Sine sine = new Frames.Sine(source.format(), 1000);
            int queued = 0;
            while (source.offer(sine.next())) {
                queued++;
                assertTrue(queued < 100, "offers must stop at a full buffer");
            }
            assertTrue(queued >= 3, "queued " + queued);
            source.flush();
            assertEquals(0, source.queuedFrames());
            ByteBuffer frame = sine.next();
            assertTrue(source.write(frame, Duration.ofMillis(100)));
            assertEquals(0, frame.remaining(), "write consumed the frame");
        }
        c.out().hangup();
    }

    /**
     * The bot's delay is measured against pjsua's own loop (the call's port connected to itself, as
     * the pjsua app's --auto-loop does): both paths cross the same network and jitter buffers.
     */
    @Test
    void anEchoBotReturnsTheCallersToneWithinThreeFramesOfPjsuasOwnLoop() throws Exception {
        int nativeLoop = roundTripFrames(false);
        int bot = roundTripFrames(true);
        System.out.printf("round trip of a tone onset: %d frames through pjsua's loop, %d through the echo bot%n",
                nativeLoop, bot);
        assertTrue(bot - nativeLoop <= 3, "echo bot adds " + (bot - nativeLoop) + " frames");
    }

    /** Frames between the caller sending a tone onset and hearing it back (median of three onsets). */
    private int roundTripFrames(boolean bot) throws Exception {
        Connected c = Connected.call(ep, alice, bot ? "echobot" : "loop");
        AudioSink botIn = null;
        AudioSource botOut = null;
        if (bot) {
            botOut = c.in().openAudioSource(PcmFormat.NARROWBAND, 4);
            AudioSource out = botOut;
            botIn = c.in().openAudioSink(PcmFormat.NARROWBAND, 4, frame -> out.offer(frame.samples()));
        } else {
            int port = org.pjsua4j.raw.pjsua.pjsua_call_get_conf_port(c.in().id());
            org.pjsua4j.raw.pjsua.pjsua_conf_connect(port, port);
        }
        int[] trips = new int[3];
        try (AudioSource mouth = c.out().openAudioSource(PcmFormat.NARROWBAND, 1);
                AudioSink ear = c.out().openAudioSink(PcmFormat.NARROWBAND, 200)) {
            Frames.Sine sine = new Frames.Sine(mouth.format(), 1000);
            for (int i = 0; i < trips.length; i++) {
                // Silence first, so the onset stands out; the ear's frames count the bridge's ticks.
                for (int k = 0; k < 30; k++) {
                    assertTrue(mouth.write(sine.silence(), Duration.ofSeconds(2)));
                    assertNotNull(ear.read(Duration.ofSeconds(2)));
                }
                while (ear.read(Duration.ZERO) != null) {
                    // drain, so the next frame read is this tick's
                }
                long sentAt = -1;
                int trip = -1;
                for (int k = 0; k < 50 && trip < 0; k++) {
                    assertTrue(mouth.write(sine.next(), Duration.ofSeconds(2)));
                    AudioFrame f = ear.read(Duration.ofSeconds(2));
                    assertNotNull(f);
                    if (sentAt < 0) {
                        sentAt = f.sequence();
                    }
                    if (Frames.toneAt(f, 1000)) {
                        trip = (int) (f.sequence() - sentAt);
                    }
                }
                assertTrue(trip >= 0, (bot ? "echo bot" : "pjsua's loop") + ": the tone never came back");
                trips[i] = trip;
            }
        } finally {
            if (botIn != null) {
                botIn.close();
                botOut.close();
            }
            c.out().hangup();
        }
        java.util.Arrays.sort(trips);
        return trips[1];
    }

    @Test
    void aSlowListenerLosesOnlyItsOwnFrames() throws Exception {
        Connected slowCall = Connected.call(ep, alice, "slow");
        Connected fastCall = Connected.call(ep, alice, "fast");
        slowCall.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
        fastCall.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
        CountDownLatch slept = new CountDownLatch(1);
        AtomicLong fastFrames = new AtomicLong();
        AtomicLong fastGaps = new AtomicLong();
        AtomicLong lastSeq = new AtomicLong(-1);
        AtomicLong maxPauseNanos = new AtomicLong();
        AtomicLong lastNanos = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean();
        try (AudioSink slow = slowCall.in().openAudioSink(PcmFormat.NARROWBAND, 10, frame -> {
            if (slept.getCount() > 0) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                slept.countDown();
            }
        }); AudioSink fast = fastCall.in().openAudioSink(PcmFormat.NARROWBAND, 10, frame -> {
            long now = System.nanoTime();
            if (measuring.get()) {
                fastFrames.incrementAndGet();
                if (lastSeq.get() >= 0 && frame.sequence() != lastSeq.get() + 1) {
                    fastGaps.incrementAndGet();
                }
                maxPauseNanos.accumulateAndGet(now - lastNanos.get(), Math::max);
            }
            lastSeq.set(frame.sequence());
            lastNanos.set(now);
        })) {
            Thread.sleep(200);
            measuring.set(true);
            assertTrue(slept.await(10, TimeUnit.SECONDS));
            measuring.set(false);
            System.out.printf("while one listener slept 5 s: it dropped %d frames; the other got %d frames, %d gaps, "
                    + "longest pause %d ms%n", slow.droppedFrames(), fastFrames.get(), fastGaps.get(),
                    TimeUnit.NANOSECONDS.toMillis(maxPauseNanos.get()));
            assertTrue(slow.droppedFrames() >= 200, "the sleeping listener's sink dropped " + slow.droppedFrames());
            assertEquals(0, fast.droppedFrames(), "the other sink dropped frames");
            assertEquals(0, fastGaps.get(), "the other sink's sequence has gaps");
            assertTrue(fastFrames.get() >= 200, "the other sink got " + fastFrames.get() + " frames in 5 s");
        }
        slowCall.out().hangup();
        fastCall.out().hangup();
    }

    @Test
    void aSinkFollowsItsCallThroughHoldAndEndsWithIt() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        c.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
        AudioSink sink = c.in().openAudioSink(PcmFormat.WIDEBAND, 100);
        AudioSource source = c.in().openAudioSource(PcmFormat.WIDEBAND, 5);
        skip(sink, SETTLE_FRAMES);
        c.out().hold();
        c.outEvents().awaitMedia(i -> i.hold() == HoldState.LOCAL);
        c.out().unhold();
        c.outEvents().awaitMedia(i -> i.hold() == HoldState.NONE && i.mediaStatus() == MediaStatus.ACTIVE);
        c.inEvents().awaitMedia(i -> i.hold() == HoldState.NONE && i.mediaStatus() == MediaStatus.ACTIVE);
        while (sink.read(Duration.ZERO) != null) {
            // what arrived during hold
        }
        skip(sink, SETTLE_FRAMES);
        assertMostlyTone(Frames.listen(sink, LISTEN, 1000, 1700), 1000, "sink after hold and resume");
        c.out().hangup();
        c.inEvents().disconnected.get(10, TimeUnit.SECONDS);
        assertFalse(sink.isOpen(), "a sink ends with its call");
        assertFalse(source.isOpen(), "a source ends with its call");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sink.read(Duration.ofMillis(10)));
        assertTrue(e.getMessage().contains("AudioSink.read"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> source.offer(new Frames.Sine(source.format(), 1000).next()));
        assertThrows(IllegalStateException.class, source::flush);
        assertTrue(sink.receivedFrames() > 0, "counters stay readable after the end");
        sink.close();
        source.close();
        assertThrows(IllegalStateException.class, () -> c.in().openAudioSink(PcmFormat.WIDEBAND, 10));
    }

    @Test
    void closingASinkWakesItsReader() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        AudioSink sink = c.in().openAudioSink(PcmFormat.WIDEBAND, 10);
        // Nothing is connected to the peer's side, but the bridge still ticks: drain and then block.
        CountDownLatch reading = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            reading.countDown();
            try {
                while (true) {
                    sink.read(Duration.ofDays(365));
                }
            } catch (IllegalStateException | InterruptedException closed) {
                // expected
            }
        });
        reader.start();
        assertTrue(reading.await(5, TimeUnit.SECONDS));
        Thread.sleep(100);
        long start = System.nanoTime();
        sink.close();
        reader.join(2000);
        assertFalse(reader.isAlive(), "the reader was woken by close");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
        c.out().hangup();
    }

    @Test
    void aListenerSinkRefusesReadAndAThrowingListenerKeepsGettingFrames() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        AtomicLong calls = new AtomicLong();
        try (AudioSink sink = c.in().openAudioSink(PcmFormat.NARROWBAND, 10, frame -> {
            calls.incrementAndGet();
            throw new IllegalStateException("listener failure for the test");
        })) {
            assertThrows(IllegalStateException.class, () -> sink.read(Duration.ZERO));
            Thread.sleep(500);
            assertTrue(calls.get() >= 10, "frames after the listener threw: " + calls.get());
        }
        c.out().hangup();
    }

    @Test
    void badArgumentsAreRefusedByName() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new PcmFormat(44100, 20));
        assertThrows(IllegalArgumentException.class, () -> new PcmFormat(16000, 30));
        Connected c = Connected.call(ep, alice, "bob");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.in().openAudioSink(PcmFormat.WIDEBAND, 0));
        assertTrue(e.getMessage().contains("bufferFrames"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> c.in().openAudioSource(PcmFormat.WIDEBAND, 1001));
        assertThrows(NullPointerException.class, () -> c.in().openAudioSink(null, 10));
        assertThrows(NullPointerException.class, () -> c.in().openAudioSink(PcmFormat.WIDEBAND, 10, null));
        try (AudioSource source = c.out().openAudioSource(PcmFormat.NARROWBAND, 5);
                AudioSink sink = c.out().openAudioSink(PcmFormat.NARROWBAND, 5)) {
            e = assertThrows(IllegalArgumentException.class, () -> source.offer(ByteBuffer.allocate(319)));
            assertTrue(e.getMessage().contains("320 bytes, not 319"), e.getMessage());
            assertThrows(NullPointerException.class, () -> source.offer(null));
            assertThrows(IllegalArgumentException.class, () -> source.write(ByteBuffer.allocate(320), Duration.ofMillis(-1)));
            assertThrows(IllegalArgumentException.class, () -> sink.read(Duration.ofMillis(-1)));
            assertThrows(NullPointerException.class, () -> sink.read(null));
        }
        c.out().hangup();
    }
}
