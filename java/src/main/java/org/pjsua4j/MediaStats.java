package org.pjsua4j;

/**
 * RTP counters of a call's audio stream ({@code pjsua_call_get_stream_stat}), as pjmedia counts them.
 *
 * @param rxPackets RTP packets received
 * @param rxBytes RTP payload bytes received
 * @param rxLost packets the sequence numbers show as lost
 * @param txPackets RTP packets sent
 * @param txBytes RTP payload bytes sent
 */
public record MediaStats(long rxPackets, long rxBytes, long rxLost, long txPackets, long txBytes) {
}
