package org.pjsua4j;

import org.pjsua4j.raw.pjsua;

/**
 * Tones or in-band DTMF digits playing into a call from a tone generator (pjmedia_tonegen) on the
 * conference bridge, mixed with whatever else the call sends ({@link Call#playTones},
 * {@link Call#playDtmfTones}).
 */
public interface TonePlayback extends AudioAttachment {
    /** The most tones one playback holds. */
    int MAX_TONES = pjsua.PJ4J_TONEGEN_MAX_TONES;
    /** The most in-band DTMF digits one playback holds (pjmedia takes one fewer digit than tones). */
    int MAX_DIGITS = MAX_TONES - 1;

    /** @return true while tones remain to be played (always, when looping), false once done or closed */
    boolean isPlaying();
}
