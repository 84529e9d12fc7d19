package org.pjsua4j.internal;

import java.util.regex.Pattern;

/**
 * Keeps secrets out of messages: a SIP URI may carry a password after its user part
 * (sip:user:pw@host), and the user part may hold ';' (sip:+4930123;isub=5:pw@host).
 */
public final class Redact {
    private static final Pattern USER_PASSWORD = Pattern.compile("(sips?:[^:@<>\\s]*):[^@<>\\s]*@",
            Pattern.CASE_INSENSITIVE);

    private Redact() {
    }

    /**
     * @param uri a URI, or text holding URIs
     * @return it with every password hidden, or null for null
     */
    public static String uri(String uri) {
        return uri == null ? null : USER_PASSWORD.matcher(uri).replaceAll("$1:***@");
    }
}
