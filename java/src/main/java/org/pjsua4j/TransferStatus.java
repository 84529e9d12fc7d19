package org.pjsua4j;

/**
 * Progress of a transfer this call asked for ({@link Call#transfer(String)}), as the transferee
 * reports it in NOTIFYs: the status of the call it placed to the target (or of the REFER itself when
 * it was refused).
 *
 * @param code SIP status code, e.g. 100 Trying, 180 Ringing, 200 once the target answered
 * @param reason its reason phrase
 * @param isFinal whether this is the last report
 */
public record TransferStatus(int code, String reason, boolean isFinal) {
    /** @return true when the transfer completed: a final 2xx */
    public boolean succeeded() {
        return isFinal && code / 100 == 2;
    }
}
