package org.pjsua4j;

import java.util.regex.Pattern;

/** Keeps secrets out of messages: a SIP URI may carry a password in its user part (sip:user:pw@host). */
final class Redact {
    private static final Pattern USER_PASSWORD = Pattern.compile("(sips?:[^:@;<>\\s]*):[^@<>\\s]*@",
            Pattern.CASE_INSENSITIVE);

    private Redact() {
    }

    static String uri(String uri) {
        return uri == null ? null : USER_PASSWORD.matcher(uri).replaceAll("$1:***@");
    }
}
