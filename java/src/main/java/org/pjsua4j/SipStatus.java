package org.pjsua4j;

/**
 * A SIP final status: the code and reason phrase of a response, or the ones pjsip reports itself when
 * no response came (408 on timeout, 503 when the transport failed).
 *
 * @param code the status code, e.g. 200
 * @param reason the reason phrase, e.g. "OK"
 */
public record SipStatus(int code, String reason) {
    /** @return true for a 2xx */
    public boolean isSuccess() {
        return code / 100 == 2;
    }
}
