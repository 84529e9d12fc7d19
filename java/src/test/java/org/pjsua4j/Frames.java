package org.pjsua4j;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

/** PCM frames for the stream tests: a sine generator to send, and a tone check of what was received. */
final class Frames {
    private Frames() {
    }

    static short[] samples(AudioFrame frame) {
        short[] s = new short[frame.format().samplesPerFrame()];
        frame.samples().duplicate().order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    /** Whether the frame is mostly {@code hz} (Goertzel share above 0.6) and loud enough to count. */
    static boolean toneAt(AudioFrame frame, double hz) {
        Wav.Pcm pcm = new Wav.Pcm(frame.format().clockRate(), samples(frame));
        return pcm.rms() > 100 && pcm.shareAt(hz) > 0.6;
    }

    /** Whether the frame carries any of {@code hz} (share above 0.3). */
    static boolean traceOf(AudioFrame frame, double hz) {
        Wav.Pcm pcm = new Wav.Pcm(frame.format().clockRate(), samples(frame));
        return pcm.rms() > 100 && pcm.shareAt(hz) > 0.3;
    }

    /** A phase-continuous sine, frame after frame, into one reused buffer. */
    static final class Sine {
        private final PcmFormat format;
        private final double hz;
        private final ByteBuffer frame;
        private long n;

        Sine(PcmFormat format, double hz) {
            this.format = format;
            this.hz = hz;
            this.frame = ByteBuffer.allocate(format.bytesPerFrame()).order(ByteOrder.LITTLE_ENDIAN);
        }

        ByteBuffer next() {
            frame.clear();
            for (int i = 0; i < format.samplesPerFrame(); i++, n++) {
                frame.putShort((short) Math.round(0.5 * 32767 * Math.sin(2 * Math.PI * hz * n / format.clockRate())));
            }
            return frame.flip();
        }

        ByteBuffer silence() {
            frame.clear();
            while (frame.hasRemaining()) {
                frame.put((byte) 0);
            }
            n += format.samplesPerFrame();
            return frame.flip();
        }
    }

    /** Reads frames for {@code length} and counts those at {@code hz} and those with a trace of {@code otherHz}. */
    static int[] listen(AudioSink sink, Duration length, double hz, double otherHz) throws InterruptedException {
        int frames = (int) (length.toMillis() / sink.format().frameMillis());
        int at = 0;
        int other = 0;
        for (int i = 0; i < frames; i++) {
            AudioFrame f = sink.read(Duration.ofSeconds(2));
            if (f == null) {
                throw new AssertionError("no frame for 2 s after " + i + " of " + frames);
            }
            at += toneAt(f, hz) ? 1 : 0;
            other += traceOf(f, otherHz) ? 1 : 0;
        }
        return new int[] {frames, at, other};
    }
}
