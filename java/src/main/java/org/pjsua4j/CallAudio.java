package org.pjsua4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The audio part of a {@link Call}: what it plays and records, the PCM streams the application reads
 * from it or writes into it, and its connections to other calls. Each is an {@link AudioAttachment}
 * on pjsua's conference bridge, which ends at the latest with the call and follows it across the
 * streams a re-INVITE rebuilds (hold, unhold, a new codec), also when made while one is rebuilt.
 * Methods may be called from any thread; pjsua4j implements this interface (as {@link Call}),
 * applications do not.
 */
public interface CallAudio {
    /**
     * Plays a WAV file into the call, mixed with whatever else it sends.
     *
     * @param file a .wav file (PCM); pjmedia resamples it to the call's rate
     * @param loop whether to start over at the end
     * @return the playback; close it to stop
     * @throws IllegalArgumentException if the file cannot be opened or is not a WAV file
     * @throws IllegalStateException if the call has ended or has no audio (it rings without early media, or SDP failed)
     */
    AudioPlayback play(Path file, boolean loop);

    /**
     * Records what the call receives to a WAV file, as python-sipsimple's
     * {@code start_recording_audio}; close the recording to stop.
     *
     * @param file the .wav file to write (replaced if it exists)
     * @return the recording
     * @throws IllegalArgumentException if the file cannot be written or is not a .wav file
     * @throws IllegalStateException if the call has ended or has no audio (it rings without early media, or SDP failed)
     */
    AudioRecording record(Path file);

    /**
     * Plays tones into the call from a tone generator, mixed with whatever else it sends: e.g.
     * ringback or a busy tone towards a caller in early media, or a beep before recording.
     *
     * @param tones 1 to {@link TonePlayback#MAX_TONES} tones, played in order
     * @param loop whether to start over after the last tone (until closed)
     * @return the playback; close it to stop
     * @throws IllegalArgumentException if tones is empty or too long, or a frequency is above half the
     *         conference bridge's clock rate (it could not be represented)
     * @throws IllegalStateException if the call has ended or has no audio (it rings without early media, or SDP failed)
     */
    TonePlayback playTones(List<Tone> tones, boolean loop);

    /**
     * Plays DTMF digits as in-band audio tones (the dual frequencies of ITU-T Q.23), for peers that
     * listen for digits in the audio instead of RFC 2833 events or SIP INFO ({@link Call#sendDtmf}).
     *
     * @param digits 1 to {@link TonePlayback#MAX_DIGITS} of {@code 0-9 * # A-D}
     * @param on how long each digit sounds, e.g. 100 ms
     * @param off the silence after each digit, e.g. 100 ms
     * @return the playback; {@link TonePlayback#isPlaying()} turns false after the last digit
     * @throws IllegalArgumentException if digits is empty, too long or holds anything else, or a
     *         duration is out of the range of {@link Tone}
     * @throws IllegalStateException if the call has ended or has no audio (it rings without early media, or SDP failed)
     */
    TonePlayback playDtmfTones(String digits, Duration on, Duration off);

    /**
     * Opens a stream of the audio this call hears, as PCM frames the application reads with
     * {@link AudioSink#read}: for speech recognition, custom recording or analysis. The sink joins
     * the call's audio when it becomes active (it may be opened while the call rings), follows it
     * through re-INVITEs and hold, and ends with the call.
     *
     * @param format the frames' clock rate and length; the bridge converts from the call's
     * @param bufferFrames how many frames wait for the reader before the oldest is dropped
     *        (1..1000; e.g. 50 holds one second of 20 ms frames)
     * @return the sink; close it to stop
     * @throws IllegalArgumentException if bufferFrames is out of range
     * @throws IllegalStateException if the call has ended
     */
    AudioSink openAudioSink(PcmFormat format, int bufferFrames);

    /**
     * Opens a stream of the audio this call hears whose frames go to {@code listener} on the sink's
     * own thread, in order (see {@link AudioFrameListener} for the threading). Otherwise as
     * {@link #openAudioSink(PcmFormat, int)}.
     *
     * @param format the frames' clock rate and length
     * @param bufferFrames how many frames wait for the listener before the oldest is dropped (1..1000)
     * @param listener receives each frame
     * @return the sink; close it to stop the frames
     * @throws IllegalArgumentException if bufferFrames is out of range
     * @throws IllegalStateException if the call has ended
     */
    AudioSink openAudioSink(PcmFormat format, int bufferFrames, AudioFrameListener listener);

    /**
     * Opens a stream of PCM frames the application sends into the call (speech synthesis, generated
     * audio), mixed with whatever else the call sends. Joins, follows and ends with the call's audio
     * like {@link #openAudioSink(PcmFormat, int)}.
     *
     * @param format the frames' clock rate and length; the bridge converts to the call's
     * @param bufferFrames how many frames may wait to be sent (1..1000); a writer that finds the
     *        buffer full waits, so a small buffer keeps the delay short
     * @return the source; close it to stop
     * @throws IllegalArgumentException if bufferFrames is out of range
     * @throws IllegalStateException if the call has ended
     */
    AudioSource openAudioSource(PcmFormat format, int bufferFrames);

    /**
     * Connects this call's audio with another call's, both ways: each peer hears the other (what one
     * call receives, the other sends), as a B2BUA or a gateway bridges two legs. Connecting more pairs
     * makes a conference. The connection waits for a call whose audio is not active yet (e.g. still
     * ringing) and follows both calls through re-INVITEs and hold.
     *
     * @param other another call of the same endpoint
     * @return the connection; close it to disconnect
     * @throws IllegalArgumentException if other is this call, or belongs to another endpoint
     * @throws IllegalStateException if either call has ended, or they are connected already
     */
    AudioConnection connectAudio(Call other);

    /**
     * Sends what this call receives to another call, one way (e.g. to let a supervisor listen in).
     *
     * @param target another call of the same endpoint, which will send this call's audio
     * @return the connection; close it to disconnect
     * @throws IllegalArgumentException if target is this call, or belongs to another endpoint
     * @throws IllegalStateException if either call has ended, or this call's audio goes to target
     *         already
     */
    AudioConnection forwardAudioTo(Call target);

}
