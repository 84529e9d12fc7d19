package org.pjsua4j;

/**
 * A call's negotiated audio stream, as python-sipsimple's Session reports it.
 *
 * @param codec the codec's encoding name, e.g. "PCMU", "opus"
 * @param clockRate its RTP clock rate in Hz
 * @param channels audio channels
 * @param localRtp our RTP address as "host:port" (as put in our SDP)
 * @param remoteRtp where we send RTP to, as "host:port"
 * @param srtpActive whether SRTP protects the stream
 */
public record AudioStream(String codec, int clockRate, int channels, String localRtp, String remoteRtp,
        boolean srtpActive) {
}
