package org.pjsua4j;

import org.pjsua4j.raw.WireText;

/**
 * A digest credential of an account ({@link AccountConfig.Builder#credential}). {@link #toString()}
 * never shows the password.
 *
 * @param realm the realm, or "*" for any
 * @param username the user name
 * @param password the password
 */
public record Credential(String realm, String username, String password) {
    /**
     * @throws NullPointerException if any part is null
     * @throws IllegalArgumentException if a part is not one line of at most 1024 bytes (the realm and
     *         user name go into Authorization headers)
     */
    public Credential {
        WireText.line("credential realm", realm);
        WireText.line("credential username", username);
        WireText.line("credential password", password);
    }

    @Override
    public String toString() {
        return "Credential[realm=" + realm + ", username=" + username + "]";
    }
}
