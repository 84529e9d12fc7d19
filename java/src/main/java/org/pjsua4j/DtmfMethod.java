package org.pjsua4j;

import org.pjsua4j.raw.pjsua;

/** How a DTMF digit travels. */
public enum DtmfMethod {
    /** RTP telephone-event packets (RFC 2833 / RFC 4733). */
    RFC2833,
    /** SIP INFO requests. */
    SIP_INFO;

    int toNative() {
        return this == SIP_INFO ? pjsua.PJSUA_DTMF_METHOD_SIP_INFO : pjsua.PJSUA_DTMF_METHOD_RFC2833;
    }

    static DtmfMethod fromNative(int method) {
        return method == pjsua.PJSUA_DTMF_METHOD_SIP_INFO ? SIP_INFO : RFC2833;
    }
}
