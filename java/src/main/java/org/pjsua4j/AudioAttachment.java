package org.pjsua4j;

/**
 * Something attached to calls' audio on pjsua's conference bridge: a WAV playback or recording, a tone
 * playback, or a connection between two calls. It follows its calls when pjsua rebuilds their audio
 * (re-INVITE, hold and resume) and ends when it is closed, when one of its calls ends, or when the
 * endpoint closes, whichever comes first.
 */
public interface AudioAttachment extends AutoCloseable {
    /** @return true until it is closed, one of its calls has ended, or the endpoint has closed */
    boolean isOpen();

    /**
     * Detaches it from the bridge and releases its native object. Returns once released, except when
     * pjsip's media thread is using the object at that moment: then that thread releases it as soon
     * as it is done, and nothing uses it after this method returns. Idempotent; does nothing after
     * the call or the endpoint has ended it.
     */
    @Override
    void close();
}
