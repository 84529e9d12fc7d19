package org.pjsua4j;

/**
 * A SIP transport the endpoint listens on.
 *
 * @param id pjsua's transport id
 * @param type the protocol
 * @param host the address it is bound to and advertises
 * @param port the port it listens on (the one chosen, when 0 was asked for)
 */
public record Transport(int id, TransportType type, String host, int port) {

    /** @return host:port, with IPv6 hosts in brackets */
    public String hostPort() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * @param user the user part, or null for none
     * @return a SIP URI that reaches this transport, e.g. sip:alice@127.0.0.1:5060;transport=tcp
     *         (;transport=tls for TLS: a sips: URI would also demand TLS on every hop beyond it)
     */
    public String uri(String user) {
        String param = switch (type) {
            case UDP -> "";
            case TCP -> ";transport=tcp";
            case TLS -> ";transport=tls";
        };
        return "sip:" + (user == null ? "" : user + "@") + hostPort() + param;
    }
}
