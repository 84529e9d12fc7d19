package org.pjsua4j.internal;

import org.pjsua4j.CallState;
import org.pjsua4j.DtmfMethod;
import org.pjsua4j.MediaStatus;
import org.pjsua4j.PresenceActivity;
import org.pjsua4j.PresenceStatus;
import org.pjsua4j.RedirectDecision;
import org.pjsua4j.SessionTimerMode;
import org.pjsua4j.SignallingSecurity;
import org.pjsua4j.SrtpKeying;
import org.pjsua4j.SrtpUse;
import org.pjsua4j.SubscriptionState;
import org.pjsua4j.TlsVersion;
import org.pjsua4j.TransportType;
import org.pjsua4j.raw.pjsua;

/** The facade's enums and pjsua's numbers for them, both ways; the numbers are read from the headers. */
final class NativeCodes {
    /** values() copies its array on every call, and every call snapshot asks: 32 bytes of a Call.info(). */
    private static final SignallingSecurity[] SECURITY_LEVELS = SignallingSecurity.values();

    private NativeCodes() {
    }

    static CallState callState(int invState) {
        if (invState == pjsua.PJSIP_INV_STATE_CALLING) {
            return CallState.CALLING;
        } else if (invState == pjsua.PJSIP_INV_STATE_INCOMING) {
            return CallState.INCOMING;
        } else if (invState == pjsua.PJSIP_INV_STATE_EARLY) {
            return CallState.EARLY;
        } else if (invState == pjsua.PJSIP_INV_STATE_CONNECTING) {
            return CallState.CONNECTING;
        } else if (invState == pjsua.PJSIP_INV_STATE_CONFIRMED) {
            return CallState.CONFIRMED;
        } else if (invState == pjsua.PJSIP_INV_STATE_DISCONNECTED) {
            return CallState.DISCONNECTED;
        }
        return CallState.NULL;
    }

    static MediaStatus mediaStatus(int status) {
        if (status == pjsua.PJSUA_CALL_MEDIA_ACTIVE) {
            return MediaStatus.ACTIVE;
        } else if (status == pjsua.PJSUA_CALL_MEDIA_LOCAL_HOLD) {
            return MediaStatus.LOCAL_HOLD;
        } else if (status == pjsua.PJSUA_CALL_MEDIA_REMOTE_HOLD) {
            return MediaStatus.REMOTE_HOLD;
        } else if (status == pjsua.PJSUA_CALL_MEDIA_ERROR) {
            return MediaStatus.ERROR;
        }
        return MediaStatus.NONE;
    }

    static DtmfMethod dtmfMethod(int method) {
        return method == pjsua.PJSUA_DTMF_METHOD_SIP_INFO ? DtmfMethod.SIP_INFO : DtmfMethod.RFC2833;
    }

    static int dtmfMethod(DtmfMethod method) {
        return method == DtmfMethod.SIP_INFO ? pjsua.PJSUA_DTMF_METHOD_SIP_INFO : pjsua.PJSUA_DTMF_METHOD_RFC2833;
    }

    static int srtpUse(SrtpUse use) {
        switch (use) {
            case OPTIONAL:
                return pjsua.PJMEDIA_SRTP_OPTIONAL;
            case MANDATORY:
                return pjsua.PJMEDIA_SRTP_MANDATORY;
            default:
                return pjsua.PJMEDIA_SRTP_DISABLED;
        }
    }

    static int sessionTimerUse(SessionTimerMode mode) {
        return switch (mode) {
            case OFF -> pjsua.PJSUA_SIP_TIMER_INACTIVE;
            case OPTIONAL -> pjsua.PJSUA_SIP_TIMER_OPTIONAL;
            case REQUIRED -> pjsua.PJSUA_SIP_TIMER_REQUIRED;
            case ALWAYS -> pjsua.PJSUA_SIP_TIMER_ALWAYS;
        };
    }

    static int transportType(TransportType type, boolean ipv6) {
        return switch (type) {
            case UDP -> ipv6 ? pjsua.PJSIP_TRANSPORT_UDP6 : pjsua.PJSIP_TRANSPORT_UDP;
            case TCP -> ipv6 ? pjsua.PJSIP_TRANSPORT_TCP6 : pjsua.PJSIP_TRANSPORT_TCP;
            case TLS -> ipv6 ? pjsua.PJSIP_TRANSPORT_TLS6 : pjsua.PJSIP_TRANSPORT_TLS;
        };
    }

    /** pjsua's levels 0, 1, 2 are the enum's order. */
    static SignallingSecurity signallingSecurity(int level) {
        return SECURITY_LEVELS[Math.max(0, Math.min(level, SECURITY_LEVELS.length - 1))];
    }

    static int srtpKeying(SrtpKeying keying) {
        return keying == SrtpKeying.DTLS ? pjsua.PJMEDIA_SRTP_KEYING_DTLS_SRTP : pjsua.PJMEDIA_SRTP_KEYING_SDES;
    }

    /** pjlib's PJ_SSL_SOCK_PROTO_* bits of every version from the lowest allowed up. */
    static int tlsProtocols(TlsVersion minimum) {
        int bits = 0;
        for (TlsVersion v : TlsVersion.values()) {
            if (v.compareTo(minimum) >= 0) {
                bits |= tlsProtocol(v);
            }
        }
        return bits;
    }

    /** pjlib's PJ_SSL_SOCK_PROTO_* bit of one version. */
    static int tlsProtocol(TlsVersion v) {
        return switch (v) {
            case TLS_1_0 -> pjsua.PJ_SSL_SOCK_PROTO_TLS1;
            case TLS_1_1 -> pjsua.PJ_SSL_SOCK_PROTO_TLS1_1;
            case TLS_1_2 -> pjsua.PJ_SSL_SOCK_PROTO_TLS1_2;
            case TLS_1_3 -> pjsua.PJ_SSL_SOCK_PROTO_TLS1_3;
        };
    }

    static PresenceStatus presenceStatus(int buddyStatus) {
        if (buddyStatus == pjsua.PJSUA_BUDDY_STATUS_ONLINE) {
            return PresenceStatus.ONLINE;
        } else if (buddyStatus == pjsua.PJSUA_BUDDY_STATUS_OFFLINE) {
            return PresenceStatus.OFFLINE;
        }
        return PresenceStatus.UNKNOWN;
    }

    static PresenceActivity presenceActivity(int rpidActivity) {
        if (rpidActivity == pjsua.PJRPID_ACTIVITY_AWAY) {
            return PresenceActivity.AWAY;
        } else if (rpidActivity == pjsua.PJRPID_ACTIVITY_BUSY) {
            return PresenceActivity.BUSY;
        }
        return PresenceActivity.UNKNOWN;
    }

    static int rpidActivity(PresenceActivity activity) {
        return switch (activity) {
            case AWAY -> pjsua.PJRPID_ACTIVITY_AWAY;
            case BUSY -> pjsua.PJRPID_ACTIVITY_BUSY;
            case UNKNOWN -> pjsua.PJRPID_ACTIVITY_UNKNOWN;
        };
    }

    static SubscriptionState subscriptionState(int evsubState) {
        if (evsubState == pjsua.PJSIP_EVSUB_STATE_NULL) {
            return SubscriptionState.NULL;
        } else if (evsubState == pjsua.PJSIP_EVSUB_STATE_SENT) {
            return SubscriptionState.SENT;
        } else if (evsubState == pjsua.PJSIP_EVSUB_STATE_ACCEPTED) {
            return SubscriptionState.ACCEPTED;
        } else if (evsubState == pjsua.PJSIP_EVSUB_STATE_PENDING) {
            return SubscriptionState.PENDING;
        } else if (evsubState == pjsua.PJSIP_EVSUB_STATE_ACTIVE) {
            return SubscriptionState.ACTIVE;
        } else if (evsubState == pjsua.PJSIP_EVSUB_STATE_TERMINATED) {
            return SubscriptionState.TERMINATED;
        }
        return SubscriptionState.UNKNOWN;
    }

    static int redirectOp(RedirectDecision decision) {
        switch (decision) {
            case FOLLOW:
                return pjsua.PJSIP_REDIRECT_ACCEPT;
            case FOLLOW_REPLACING_TO:
                return pjsua.PJSIP_REDIRECT_ACCEPT_REPLACE;
            case SKIP:
                return pjsua.PJSIP_REDIRECT_REJECT;
            default:
                return pjsua.PJSIP_REDIRECT_STOP;
        }
    }
}
