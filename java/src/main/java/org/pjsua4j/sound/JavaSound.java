package org.pjsua4j.sound;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;
import org.pjsua4j.AudioFrame;
import org.pjsua4j.AudioSink;
import org.pjsua4j.AudioSource;
import org.pjsua4j.PcmFormat;

/**
 * Adapters between call audio streams and Java Sound ({@code javax.sound.sampled}): a call's audio
 * as an {@link AudioInputStream}, an {@link AudioInputStream} (a file, a synthesiser) played into a
 * call, and the machine's sound devices as a softphone's microphone and speaker, without pjsip's
 * own sound backends.
 *
 * <p>Needs the {@code java.desktop} module, which the pjsua4j module requires only statically: on
 * the module path, add it with {@code --add-modules java.desktop} (on the class path it is there).
 */
public final class JavaSound {
    private JavaSound() {
    }

    /** @return the Java Sound format of frames in {@code format}: signed 16-bit little-endian mono */
    public static AudioFormat audioFormat(PcmFormat format) {
        Objects.requireNonNull(format, "format");
        return new AudioFormat(format.clockRate(), 16, 1, true, false);
    }

    /**
     * The audio a sink delivers as a stream of bytes in {@link #audioFormat}. Reads block until a frame
     * comes; the stream ends when the sink closes (or ends with its call). Frames the sink dropped are
     * missing from the stream, not replaced by silence. Closing the stream closes the sink.
     *
     * @param sink a sink opened without a listener
     * @return the stream, of unknown length
     */
    public static AudioInputStream inputStream(AudioSink sink) {
        Objects.requireNonNull(sink, "sink");
        return new AudioInputStream(new SinkInputStream(sink), audioFormat(sink.format()), AudioSystem.NOT_SPECIFIED);
    }

    /**
     * Plays {@code in} into a call through {@code source}, frame by frame at the bridge's pace, on a
     * thread of its own ({@code pjsua4j-audio-play}). A stream in another PCM format is converted by
     * Java Sound first; the last partial frame is padded with silence.
     *
     * @param in the audio to play; closed when playing ends
     * @param source where it goes
     * @return a future completed when the stream has been played to its end, or completed exceptionally
     *         if reading failed or the source closed first
     * @throws IllegalArgumentException if Java Sound cannot convert the stream's format
     */
    public static CompletableFuture<Void> play(AudioInputStream in, AudioSource source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        AudioFormat target = audioFormat(source.format());
        AudioInputStream pcm = matches(in.getFormat(), target) ? in : convert(in, target);
        CompletableFuture<Void> done = new CompletableFuture<>();
        start("pjsua4j-audio-play", () -> {
            try (AudioInputStream stream = pcm) {
                byte[] frame = new byte[source.format().bytesPerFrame()];
                ByteBuffer buffer = ByteBuffer.wrap(frame);
                while (!done.isDone()) {
                    int n = stream.readNBytes(frame, 0, frame.length);
                    if (n <= 0) {
                        break;
                    }
                    Arrays.fill(frame, n, frame.length, (byte) 0);
                    buffer.clear();
                    // A write that times out means the bridge is behind, not gone (closing throws).
                    boolean queued = false;
                    while (!queued) {
                        queued = source.write(buffer, Duration.ofSeconds(1));
                    }
                }
                done.complete(null);
            } catch (IOException | RuntimeException | InterruptedException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /**
     * Plays a call's audio on a speaker line: each frame the sink delivers is written to
     * {@code line}, which is opened (in {@link #audioFormat}) and started if it is not yet, on a
     * thread of its own ({@code pjsua4j-audio-speaker}). Ends, and closes the line, when the sink
     * closes or the returned handle is closed.
     *
     * @param sink a sink opened without a listener
     * @param line e.g. {@code AudioSystem.getSourceDataLine(JavaSound.audioFormat(sink.format()))}
     * @return the connection; close it to stop
     * @throws IllegalArgumentException if the line cannot be opened in the sink's format
     */
    public static AutoCloseable toSpeaker(AudioSink sink, SourceDataLine line) {
        Objects.requireNonNull(sink, "sink");
        byte[] bytes = new byte[sink.format().bytesPerFrame()];
        return pump("pjsua4j-audio-speaker", line, sink.format(), () -> {
            AudioFrame frame = sink.read(Duration.ofMillis(200));
            if (frame != null) {
                frame.samples().duplicate().get(bytes);
                line.write(bytes, 0, bytes.length);
            }
        });
    }

    /**
     * Sends a microphone line into a call: what {@code line} captures is written to {@code source}
     * frame by frame, on a thread of its own ({@code pjsua4j-audio-microphone}). The line is opened
     * (in {@link #audioFormat}) and started if it is not yet. Ends, and closes the line, when the
     * source closes or the returned handle is closed.
     *
     * @param line e.g. {@code AudioSystem.getTargetDataLine(JavaSound.audioFormat(source.format()))}
     * @param source where the captured audio goes
     * @return the connection; close it to stop
     * @throws IllegalArgumentException if the line cannot be opened in the source's format
     */
    public static AutoCloseable fromMicrophone(TargetDataLine line, AudioSource source) {
        Objects.requireNonNull(source, "source");
        byte[] bytes = new byte[source.format().bytesPerFrame()];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return pump("pjsua4j-audio-microphone", line, source.format(), () -> {
            if (line.read(bytes, 0, bytes.length) == bytes.length) {
                buffer.clear();
                // A capture line runs on its own clock; a full buffer means it runs ahead of the
                // bridge's, and the frame is dropped rather than the delay grown.
                source.offer(buffer);
            }
        });
    }

    /** One step of a pump: moves a frame, or throws once its stream has ended. */
    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }

    /** Opens the line and runs {@code step} on a thread until either side closes. */
    private static AutoCloseable pump(String name, DataLine line, PcmFormat format, Step step) {
        Objects.requireNonNull(line, "line");
        openLine(line, audioFormat(format));
        Running running = new Running(line);
        start(name, () -> {
            try {
                while (running.open()) {
                    step.run();
                }
            } catch (IllegalStateException | InterruptedException streamClosed) {
                // the call's stream ended: so does the connection
            } finally {
                running.close();
            }
        });
        return running;
    }

    private static boolean matches(AudioFormat a, AudioFormat b) {
        return a.getEncoding().equals(b.getEncoding()) && a.getSampleRate() == b.getSampleRate()
                && a.getSampleSizeInBits() == b.getSampleSizeInBits() && a.getChannels() == b.getChannels()
                && a.isBigEndian() == b.isBigEndian();
    }

    private static AudioInputStream convert(AudioInputStream in, AudioFormat target) {
        try {
            return AudioSystem.getAudioInputStream(target, in);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("JavaSound.play: cannot convert " + in.getFormat() + " to " + target, e);
        }
    }

    private static void openLine(DataLine line, AudioFormat format) {
        try {
            if (!line.isOpen()) {
                if (line instanceof SourceDataLine s) {
                    s.open(format);
                } else if (line instanceof TargetDataLine t) {
                    t.open(format);
                }
            } else if (!matches(line.getFormat(), format)) {
                throw new IllegalArgumentException("line is open in " + line.getFormat() + ", not " + format);
            }
            line.start();
        } catch (LineUnavailableException e) {
            throw new IllegalArgumentException("cannot open " + line.getLineInfo() + " in " + format + ": " + e.getMessage(), e);
        }
    }

    private static void start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    /** A line's pump: open until closed by either side. */
    private static final class Running implements AutoCloseable {
        private final DataLine line;
        private volatile boolean open = true;

        Running(DataLine line) {
            this.line = line;
        }

        boolean open() {
            return open;
        }

        @Override
        public void close() {
            open = false;
            line.close();
        }
    }

    /** A sink's frames as bytes; a frame is consumed piecewise when the reader asks for less. */
    private static final class SinkInputStream extends InputStream {
        private final AudioSink sink;
        private final byte[] pending;
        private final byte[] one = new byte[1];
        private int pendingFrom;
        private int pendingTo;

        SinkInputStream(AudioSink sink) {
            this.sink = sink;
            this.pending = new byte[sink.format().bytesPerFrame()];
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (pendingFrom == pendingTo && !fill()) {
                return -1;
            }
            int n = Math.min(len, pendingTo - pendingFrom);
            System.arraycopy(pending, pendingFrom, b, off, n);
            pendingFrom += n;
            return n;
        }

        /** @return false at the end of the stream */
        private boolean fill() throws IOException {
            try {
                while (true) {
                    AudioFrame frame = sink.read(Duration.ofMillis(200));
                    if (frame != null) {
                        frame.samples().duplicate().get(pending);
                        pendingFrom = 0;
                        pendingTo = pending.length;
                        return true;
                    }
                    if (!sink.isOpen()) {
                        return false;
                    }
                }
            } catch (IllegalStateException closed) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("reading a call's audio");
            }
        }

        @Override
        public int available() {
            return pendingTo - pendingFrom;
        }

        @Override
        public void close() {
            sink.close();
        }
    }
}
