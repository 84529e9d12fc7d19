package org.pjsua4j;

import org.pjsua4j.raw.pjsua;

/** The state of a call's audio ({@code pjsua_call_media_status}). */
public enum MediaStatus {
    /** No media yet, or none negotiated. */
    NONE,
    /** Audio flows both ways through the conference bridge. */
    ACTIVE,
    /** We put the call on hold. */
    LOCAL_HOLD,
    /** The other side put the call on hold. */
    REMOTE_HOLD,
    /** Media could not be set up (e.g. no common codec). */
    ERROR;

    static MediaStatus fromNative(int status) {
        if (status == pjsua.PJSUA_CALL_MEDIA_ACTIVE) {
            return ACTIVE;
        } else if (status == pjsua.PJSUA_CALL_MEDIA_LOCAL_HOLD) {
            return LOCAL_HOLD;
        } else if (status == pjsua.PJSUA_CALL_MEDIA_REMOTE_HOLD) {
            return REMOTE_HOLD;
        } else if (status == pjsua.PJSUA_CALL_MEDIA_ERROR) {
            return ERROR;
        }
        return NONE;
    }
}
