package org.pjsua4j.raw;

/**
 * A pjsip/pjsua function failed. Carries the {@code pj_status_t}, the C function that returned it and
 * pjlib's text for it ({@code pj_strerror}). Thrown by the raw layer, and passed on by the facade.
 */
public class PjsipException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String operation;
    private final String statusText;

    /**
     * @param status the pj_status_t
     * @param operation the function that failed, e.g. {@code pjsua_acc_add}
     * @param statusText pj_strerror's text for {@code status}
     */
    public PjsipException(int status, String operation, String statusText) {
        super(operation + " failed: " + statusText + " (status " + status + ")");
        this.status = status;
        this.operation = operation;
        this.statusText = statusText;
    }

    /** @return the pj_status_t the function returned */
    public int status() {
        return status;
    }

    /** @return the C function that failed, e.g. {@code pjsua_call_make_call} */
    public String operation() {
        return operation;
    }

    /** @return pj_strerror's text for the status */
    public String statusText() {
        return statusText;
    }

    /** @return the SIP status code this status stands for (e.g. 408), or 0 if it is not a SIP one */
    public int sipStatusCode() {
        // PJSIP_ERRNO_FROM_SIP_STATUS(sc) is PJSIP_ERRNO_START + sc.
        int code = status - pjsua.PJSIP_ERRNO_START;
        return code >= 100 && code < 700 ? code : 0;
    }
}
