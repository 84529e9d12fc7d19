package org.pjsua4j;

/**
 * The ports calls bind their RTP to: {@link EndpointConfig.Builder#rtpPorts}.
 *
 * @param first the lowest port, 1 to 65532
 * @param count how many ports from {@code first} on, ending at 65535: at least 4, two pairs of RTP
 *        and the RTCP port above it, as pjsua keeps to a range only if it has more than one pair
 */
public record PortRange(int first, int count) {
    /** @throws IllegalArgumentException naming the bound that is out of range */
    public PortRange {
        if (first < 1 || first > 65532) {
            throw new IllegalArgumentException("rtpPorts first must be 1..65532, not " + first);
        }
        if (count < 4 || count > 65536 - first) {
            throw new IllegalArgumentException("rtpPorts count must be 4.." + (65536 - first) + " from port " + first
                    + ", not " + count);
        }
    }
}
