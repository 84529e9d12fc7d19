package org.pjsua4j.sweep;

/** The states the facade is swept in (before start there is no object to call but the factories). */
enum FacadeState {
    OPEN,
    ENDED_CALL,
    CLOSED_ACCOUNT,
    CLOSED
}
