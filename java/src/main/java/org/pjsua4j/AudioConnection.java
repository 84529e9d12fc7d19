package org.pjsua4j;

/**
 * Audio of one call sent into another through the conference bridge, one way or both ways
 * ({@link Call#connectAudio}, {@link Call#forwardAudioTo}). It holds while either call's audio is
 * rebuilt or put on hold, and is reconnected as soon as both have active audio again.
 */
public interface AudioConnection extends AudioAttachment {
    /** @return the call whose received audio is sent */
    Call from();

    /** @return the call that sends it */
    Call to();

    /** @return whether {@link #to()}'s received audio goes to {@link #from()} as well */
    boolean bothWays();
}
