package org.pjsua4j.internal;

import java.util.Optional;
import org.pjsua4j.PortRange;

/**
 * Where accounts bind their calls' RTP: the endpoint's media address, and the ports the endpoint's
 * configuration names, if it does.
 */
record MediaBinding(String address, Optional<PortRange> ports) {
}
