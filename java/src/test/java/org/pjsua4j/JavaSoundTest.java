package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;
import org.junit.jupiter.api.Test;
import org.pjsua4j.sound.JavaSound;

/**
 * The Java Sound adapters over real calls. The machine has no sound device, so the speaker and
 * microphone lines are stand-ins that keep what is written and give a tone when read; the calls,
 * the bridge and the streams are real.
 */
class JavaSoundTest extends AliceOnLoopback {
    private static final int RATE = 16000;

    private static Wav.Pcm pcm(byte[] littleEndian) {
        short[] s = new short[littleEndian.length / 2];
        ByteBuffer.wrap(littleEndian).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return new Wav.Pcm(RATE, s);
    }

    /** A 1 kHz sine in 16-bit big-endian PCM: a format the source does not take as it is. */
    private static AudioInputStream bigEndianTone(double seconds) {
        int n = (int) (RATE * seconds);
        ByteBuffer b = ByteBuffer.allocate(n * 2).order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < n; i++) {
            b.putShort((short) Math.round(0.5 * 32767 * Math.sin(2 * Math.PI * 1000 * i / RATE)));
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, true);
        return new AudioInputStream(new ByteArrayInputStream(b.array()), format, n);
    }

    private static void assertTone(Wav.Pcm heard, String who) {
        int blocks = (int) (heard.seconds() * 50);
        int at = heard.blocksAt(1000, 0.6);
        System.out.printf("%s: %d of %d blocks at 1000 Hz%n", who, at, blocks);
        assertTrue(at > blocks * 9 / 10, who + ": " + at + " of " + blocks);
        assertEquals(0, heard.blocksAt(1700, 0.3), who + " hears the control tone");
    }

    @Test
    void aCallsAudioIsAnAudioInputStreamThatEndsWithTheCall() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        c.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
        AudioSink sink = c.in().openAudioSink(PcmFormat.WIDEBAND, 100);
        AudioInputStream in = JavaSound.inputStream(sink);
        assertEquals(new AudioFormat(RATE, 16, 1, true, false).toString(), in.getFormat().toString());
        in.readNBytes(RATE * 2); // a second for the jitter buffers to settle
        byte[] second = in.readNBytes(RATE * 2);
        assertEquals(RATE * 2, second.length);
        assertTone(pcm(second), "stream");
        c.out().hangup();
        CompletableFuture<Integer> end = CompletableFuture.supplyAsync(() -> {
            try {
                byte[] rest = new byte[4096];
                while (in.read(rest) >= 0) {
                    // until the end of the stream
                }
                return -1;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(-1, end.get(10, TimeUnit.SECONDS), "the stream ends with the call");
    }

    @Test
    void anAudioInputStreamIsPlayedIntoACallAfterConversion() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        try (AudioSource source = c.out().openAudioSource(PcmFormat.WIDEBAND, 5);
                AudioSink heard = c.in().openAudioSink(PcmFormat.WIDEBAND, 400)) {
            long start = System.nanoTime();
            CompletableFuture<Void> played = JavaSound.play(bigEndianTone(2), source);
            played.get(10, TimeUnit.SECONDS);
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(tookMs >= 1800, "paced by the bridge: 2 s took " + tookMs + " ms");
            assertTrue(source.sentFrames() >= 90, "sent " + source.sentFrames());
            // Every frame counts (silence and the jitter buffers' warm-up are not tone blocks), and
            // the tail still in the jitter buffer when play() completes is waited for: on a loaded
            // machine the adaptive buffer holds a few hundred milliseconds of it.
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(800);
            AudioFrame f;
            while (System.nanoTime() < until && (f = heard.read(Duration.ofMillis(100))) != null) {
                byte[] b = new byte[f.samples().remaining()];
                f.samples().duplicate().get(b);
                got.write(b);
            }
            Wav.Pcm pcm = pcm(got.toByteArray());
            int at = pcm.blocksAt(1000, 0.6);
            System.out.printf("played stream: %d of %d blocks at 1000 Hz%n", at, (int) (pcm.seconds() * 50));
            assertTrue(at >= 50, "the peer heard " + at + " blocks of the tone");
        }
        AudioInputStream odd = new AudioInputStream(new ByteArrayInputStream(new byte[0]),
                new AudioFormat(new AudioFormat.Encoding("NO_SUCH_CODEC"), 16000, 16, 1, 2, 16000, false), 0);
        try (AudioSource source = c.out().openAudioSource(PcmFormat.WIDEBAND, 5)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JavaSound.play(odd, source));
            assertTrue(e.getMessage().contains("cannot convert"), e.getMessage());
        }
        c.out().hangup();
    }

    @Test
    void aSpeakerLineGetsTheCallsAudioAndAMicrophoneLineIsHeardByThePeer() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        c.out().playTones(List.of(Tone.of(1000, Duration.ofSeconds(1))), true);
        ByteArrayOutputStream speaker = new ByteArrayOutputStream();
        AtomicBoolean speakerOpen = new AtomicBoolean();
        SourceDataLine speakerLine = line(SourceDataLine.class, speakerOpen, (bytes, off, len) -> {
            synchronized (speaker) {
                speaker.write(bytes, off, len);
            }
            return len;
        });
        Frames.Sine sine = new Frames.Sine(PcmFormat.WIDEBAND, 1400);
        AtomicBoolean micOpen = new AtomicBoolean();
        TargetDataLine micLine = line(TargetDataLine.class, micOpen, (bytes, off, len) -> {
            // A capture line blocks until a frame is captured: 20 ms per frame.
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sine.next().get(bytes, off, len);
            return len;
        });
        // Bob's softphone: alice's tone to his speaker, his microphone (1400 Hz) to alice.
        AudioSink ear = c.in().openAudioSink(PcmFormat.WIDEBAND, 100);
        AudioSource mouth = c.in().openAudioSource(PcmFormat.WIDEBAND, 5);
        AudioSink aliceHears = c.out().openAudioSink(PcmFormat.WIDEBAND, 200);
        try (AutoCloseable toSpeaker = JavaSound.toSpeaker(ear, speakerLine);
                AutoCloseable fromMic = JavaSound.fromMicrophone(micLine, mouth)) {
            assertTrue(speakerOpen.get() && micOpen.get(), "the lines were opened");
            Thread.sleep(3200);
        }
        assertTrue(!speakerOpen.get() && !micOpen.get(), "closing the connections closes the lines");
        byte[] played;
        synchronized (speaker) {
            played = speaker.toByteArray();
        }
        assertTrue(played.length >= RATE * 2 * 5 / 2, "the speaker got " + played.length + " bytes");
        assertTone(pcm(java.util.Arrays.copyOfRange(played, RATE * 2, RATE * 5)), "speaker, after the first second");
        int micFrames = 0;
        int toneFrames = 0;
        AudioFrame f;
        while ((f = aliceHears.read(Duration.ZERO)) != null) {
            micFrames++;
            toneFrames += Frames.toneAt(f, 1400) ? 1 : 0;
        }
        System.out.printf("microphone: the peer heard %d of %d frames at 1400 Hz%n", toneFrames, micFrames);
        assertTrue(toneFrames >= 50, "the peer heard the microphone in " + toneFrames + " frames");
        ear.close();
        aliceHears.close();
        c.out().hangup();
    }

    @FunctionalInterface
    interface Transfer {
        int apply(byte[] bytes, int off, int len);
    }

    /** A data line of type {@code type} whose reads or writes go to {@code transfer}. */
    private static <T extends DataLine> T line(Class<T> type, AtomicBoolean open, Transfer transfer) {
        AudioFormat format = JavaSound.audioFormat(PcmFormat.WIDEBAND);
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            switch (m.getName()) {
                case "open":
                    open.set(true);
                    return null;
                case "close":
                    open.set(false);
                    return null;
                case "isOpen":
                    return open.get();
                case "getFormat":
                    return format;
                case "getLineInfo":
                    return new DataLine.Info(type, format);
                case "read":
                case "write":
                    return transfer.apply((byte[]) args[0], (int) args[1], (int) args[2]);
                case "toString":
                    return type.getSimpleName() + " stand-in";
                case "hashCode":
                    return System.identityHashCode(p);
                case "equals":
                    return p == args[0];
                default:
                    return m.getReturnType() == boolean.class ? false : null;
            }
        });
        return type.cast(proxy);
    }
}
