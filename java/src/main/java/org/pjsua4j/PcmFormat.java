package org.pjsua4j;

import java.time.Duration;

/**
 * The shape of the PCM frames an {@link AudioSink} delivers or an {@link AudioSource} takes: mono,
 * signed 16-bit little-endian samples at {@code clockRate} Hz, {@code frameMillis} per frame. The
 * conference bridge converts between this and its own rate and frame length (pjmedia's resampler), so
 * any format works with any call.
 *
 * @param clockRate samples per second: 8000, 16000, 32000 or 48000
 * @param frameMillis the length of one frame: 10, 20 or 40 ms
 */
public record PcmFormat(int clockRate, int frameMillis) {
    /** 8 kHz, 20 ms: telephone audio as G.711 carries it. */
    public static final PcmFormat NARROWBAND = new PcmFormat(8000, 20);
    /** 16 kHz, 20 ms: what most speech recognisers and synthesisers use. */
    public static final PcmFormat WIDEBAND = new PcmFormat(16000, 20);

    /**
     * @throws IllegalArgumentException if either value is not one listed above
     */
    public PcmFormat {
        if (clockRate != 8000 && clockRate != 16000 && clockRate != 32000 && clockRate != 48000) {
            throw new IllegalArgumentException("PcmFormat: clockRate must be 8000, 16000, 32000 or 48000 Hz, not " + clockRate);
        }
        if (frameMillis != 10 && frameMillis != 20 && frameMillis != 40) {
            throw new IllegalArgumentException("PcmFormat: frameMillis must be 10, 20 or 40 ms, not " + frameMillis);
        }
    }

    /** @return the samples in one frame */
    public int samplesPerFrame() {
        return clockRate / 1000 * frameMillis;
    }

    /** @return the bytes in one frame (two per sample) */
    public int bytesPerFrame() {
        return samplesPerFrame() * 2;
    }

    /** @return the length of one frame */
    public Duration frameDuration() {
        return Duration.ofMillis(frameMillis);
    }
}
