package org.pjsua4j.internal;

import org.pjsua4j.EndReason;
import org.pjsua4j.Originator;

/** Why a call ended, judged from what the facade did and what pjsip reported at the end. */
final class EndReasons {
    /** pjsip's text when the session timer ends a session nobody refreshed (sip_timer.c). */
    static final String NO_REFRESH = "No session refresh received.";

    private EndReasons() {
    }

    /**
     * @param ours why the facade itself ended the call ({@link EndReason#MEDIA_TIMEOUT},
     *        {@link EndReason#NO_ANSWER}), or null if it did not
     * @param endedBy who ended the call
     * @param endRequested the application (or the facade) asked for the end
     * @param wasConfirmed the call had been established (state CONFIRMED)
     * @param code the final status pjsip reports
     * @param reason its reason phrase
     */
    static EndReason of(EndReason ours, Originator endedBy, boolean endRequested, boolean wasConfirmed,
            int code, String reason) {
        if (ours != null) {
            return ours;
        }
        // pjsip ends an established call by itself only when the dialog failed: the session timer ran
        // out, or a request in it timed out (408) or was answered 481.
        if (endedBy != Originator.LOCAL || endRequested || !wasConfirmed) {
            return EndReason.SIGNALLED;
        }
        if (code == 408 && NO_REFRESH.equals(reason)) {
            return EndReason.SESSION_EXPIRED;
        }
        return code == 408 || code == 481 ? EndReason.PEER_UNRESPONSIVE : EndReason.SIGNALLED;
    }
}
