package org.pjsua4j.internal;

import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.WireText;

/** URIs the application passes, checked by pjsip's own parser before any request uses them. */
final class SipUris {
    private SipUris() {
    }

    /**
     * @throws IllegalArgumentException naming {@code what}, with any password in the URI hidden, if it
     *         does not pass {@link WireText#uri} or pjsip cannot parse it
     */
    static void require(String what, String uri) {
        // Checked first: pjsip parses in a pool that a longer URI exhausts.
        WireText.uri(what, uri);
        try {
            pjsua.pjsua_verify_url(uri);
        } catch (PjsipException e) {
            throw new IllegalArgumentException(what + " '" + Redact.uri(uri) + "' is not a valid SIP URI ("
                    + e.statusText() + ")", e);
        }
    }

    /**
     * pjsua writes a local account's id as a name-addr ({@code <sip:127.0.0.1:5060>}); the facade
     * gives every account's URI as the URI itself, as {@link org.pjsua4j.AccountConfig#id()} of a
     * normal account usually is.
     */
    static String unbracketed(String uri) {
        return uri.startsWith("<") && uri.endsWith(">") ? uri.substring(1, uri.length() - 1) : uri;
    }
}
