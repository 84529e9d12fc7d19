package org.pjsua4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an {@link Account} is set up: its SIP URI and, optionally, a registrar and credentials.
 * Immutable; build with {@link #builder(String)}. {@link #toString()} never shows passwords.
 */
public final class AccountConfig {
    private final String id;
    private final String registrarUri;
    private final List<Credential> credentials;
    private final int registrationTimeout;

    /**
     * A digest credential.
     *
     * @param realm the realm, or "*" for any
     * @param username the user name
     * @param password the password (never printed)
     */
    public record Credential(String realm, String username, String password) {
        /**
         * @throws NullPointerException if any part is null
         */
        public Credential {
            Objects.requireNonNull(realm, "realm");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Credential[realm=" + realm + ", username=" + username + "]";
        }
    }

    private AccountConfig(Builder b) {
        this.id = b.id;
        this.registrarUri = b.registrarUri;
        this.credentials = List.copyOf(b.credentials);
        this.registrationTimeout = b.registrationTimeout;
    }

    /**
     * The account of {@code user} at {@code domain}, registering there with digest credentials for
     * any realm.
     *
     * @param domain the SIP domain (host[:port]), also the registrar
     * @param user the user name
     * @param password the password
     * @return the configuration
     */
    public static AccountConfig of(String domain, String user, String password) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(user, "user");
        return builder("sip:" + user + "@" + domain)
                .registrar("sip:" + domain)
                .credential("*", user, password)
                .build();
    }

    /**
     * @param id the account's SIP URI, e.g. {@code sip:alice@example.org} or
     *        {@code "Alice" <sip:alice@example.org>}
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the account's SIP URI */
    public String id() {
        return id;
    }

    /** @return the registrar URI, or null if the account does not register */
    public String registrarUri() {
        return registrarUri;
    }

    /** @return the credentials */
    public List<Credential> credentials() {
        return credentials;
    }

    /** @return requested registration lifetime in seconds */
    public int registrationTimeout() {
        return registrationTimeout;
    }

    @Override
    public String toString() {
        return "AccountConfig[id=" + id + ", registrar=" + registrarUri + ", credentials=" + credentials
                + ", registrationTimeout=" + registrationTimeout + "]";
    }

    /** Builds an {@link AccountConfig}. */
    public static final class Builder {
        private final String id;
        private String registrarUri;
        private final List<Credential> credentials = new ArrayList<>();
        private int registrationTimeout = 300;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * @param uri the registrar's SIP URI, e.g. sip:example.org; without one the account does not
         *        register (default: none)
         * @return this builder
         */
        public Builder registrar(String uri) {
            this.registrarUri = Objects.requireNonNull(uri, "registrar uri");
            return this;
        }

        /**
         * Adds a digest credential.
         *
         * @param realm the realm, or "*" for any
         * @param username the user name
         * @param password the password
         * @return this builder
         */
        public Builder credential(String realm, String username, String password) {
            credentials.add(new Credential(realm, username, password));
            return this;
        }

        /**
         * @param seconds requested registration lifetime (default: 300 s)
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder registrationTimeout(int seconds) {
            if (seconds <= 0) {
                throw new IllegalArgumentException("registrationTimeout must be positive, not " + seconds);
            }
            this.registrationTimeout = seconds;
            return this;
        }

        /** @return the configuration */
        public AccountConfig build() {
            return new AccountConfig(this);
        }
    }
}
