package org.pjsua4j;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** 16-bit mono PCM WAV files for media tests: a sine tone to play, and a tone detector for what was recorded. */
final class Wav {
    /** Samples and their rate. */
    record Pcm(int rate, short[] samples) {
        double seconds() {
            return samples.length / (double) rate;
        }

        /** Root mean square of the samples, full scale = 32768. */
        double rms() {
            double sum = 0;
            for (short s : samples) {
                sum += (double) s * s;
            }
            return Math.sqrt(sum / Math.max(1, samples.length));
        }

        /**
         * Splits the samples into 20 ms blocks and counts those whose power is mostly at {@code hz}
         * (share above {@code minShare}); block-wise, because network delay, jitter buffering and
         * packet-loss concealment break the phase continuity a whole-file measure would need.
         */
        int blocksAt(double hz, double minShare) {
            return blocksWith(minShare, hz);
        }

        /** Counts the 20 ms blocks in which each of the frequencies carries more than minShare of the power. */
        int blocksWith(double minShare, double... hz) {
            int len = rate / 50;
            int count = 0;
            for (int start = 0; start + len <= samples.length; start += len) {
                short[] block = java.util.Arrays.copyOfRange(samples, start, start + len);
                Pcm part = new Pcm(rate, block);
                if (part.rms() > 100 && java.util.Arrays.stream(hz).allMatch(f -> part.shareAt(f) > minShare)) {
                    count++;
                }
            }
            return count;
        }

        /**
         * The share of the signal's power at {@code hz} (Goertzel's algorithm): near 1 for a clean
         * tone of that frequency, near 0 for silence, noise or another tone.
         */
        double shareAt(double hz) {
            double coeff = 2 * Math.cos(2 * Math.PI * hz / rate);
            double s1 = 0;
            double s2 = 0;
            double total = 0;
            for (short x : samples) {
                double s0 = x + coeff * s1 - s2;
                s2 = s1;
                s1 = s0;
                total += (double) x * x;
            }
            double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
            // A pure tone of amplitude A over N samples gives power = (A N / 2)^2 and total = A^2 N / 2.
            return total == 0 ? 0 : 2 * power / (samples.length * total);
        }
    }

    private Wav() {
    }

    static void writeSine(Path file, double hz, int rate, double seconds, double amplitude) throws IOException {
        int n = (int) (rate * seconds);
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * n).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * n).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(2 * rate)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * n);
        for (int i = 0; i < n; i++) {
            b.putShort((short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / rate)));
        }
        Files.write(file, b.array());
    }

    static Pcm read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        b.position(12);
        int rate = 0;
        while (b.remaining() >= 8) {
            byte[] id = new byte[4];
            b.get(id);
            int size = b.getInt();
            String chunk = new String(id);
            if (chunk.equals("fmt ")) {
                int start = b.position();
                if (b.getShort(start) != 1 || b.getShort(start + 2) != 1 || b.getShort(start + 14) != 16) {
                    throw new IOException(file + " is not 16-bit mono PCM");
                }
                rate = b.getInt(start + 4);
                b.position(start + size);
            } else if (chunk.equals("data")) {
                short[] samples = new short[Math.min(size, b.remaining()) / 2];
                b.asShortBuffer().get(samples);
                return new Pcm(rate, samples);
            } else {
                b.position(b.position() + size);
            }
        }
        throw new IOException(file + " has no data chunk");
    }
}
