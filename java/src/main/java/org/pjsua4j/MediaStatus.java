package org.pjsua4j;

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
}
