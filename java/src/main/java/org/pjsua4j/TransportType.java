package org.pjsua4j;

import org.pjsua4j.raw.pjsua;

/** SIP transport protocols. */
public enum TransportType {
    /** SIP over UDP. */
    UDP,
    /** SIP over TCP. */
    TCP;

    int toNative(boolean ipv6) {
        if (this == UDP) {
            return ipv6 ? pjsua.PJSIP_TRANSPORT_UDP6 : pjsua.PJSIP_TRANSPORT_UDP;
        }
        return ipv6 ? pjsua.PJSIP_TRANSPORT_TCP6 : pjsua.PJSIP_TRANSPORT_TCP;
    }
}
