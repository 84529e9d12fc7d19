package org.pjsua4j;

import org.pjsua4j.raw.pjsua;

/** How a DTMF digit travels. */
public enum DtmfMethod {
    /** RTP telephone-event packets (RFC 2833 / RFC 4733). */
    RFC2833,
    /** SIP INFO requests. */
    SIP_INFO;

    static DtmfMethod fromNative(int method) {
        return method == pjsua.PJSUA_DTMF_METHOD_SIP_INFO ? SIP_INFO : RFC2833;
    }
}
