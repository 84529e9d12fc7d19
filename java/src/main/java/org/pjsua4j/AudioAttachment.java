package org.pjsua4j;

/**
 * Something attached to calls' audio on pjsua's conference bridge: a WAV playback or recording, a tone
 * playback, or a connection between two calls. It follows its calls when pjsua rebuilds their audio
 * (re-INVITE, hold and resume) and ends when it is closed, when one of its calls ends, or when the
 * endpoint closes, whichever comes first.
 */
public interface AudioAttachment extends AutoCloseable {
    /**
     * @return true until it is closed, has ended with one of its calls (before that call's listener
     *         hears {@link CallState#DISCONNECTED}), or the endpoint has closed
     */
    boolean isOpen();

    /**
     * Detaches it from the bridge and releases its native object. Returns once released, except when
     * another thread is using the object at that moment (pjsip's thread re-attaching it after pjsua
     * rebuilt a call's audio, or an application thread asking {@link TonePlayback#isPlaying}): then
     * that thread releases it as soon as it is done, and nothing starts using it after this method
     * returns. Idempotent; does nothing after the call or the endpoint has ended it.
     */
    @Override
    void close();
}
