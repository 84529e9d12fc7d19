package org.pjsua4j;

import java.util.List;
import java.util.Objects;
import org.pjsua4j.internal.ConfigChecks;

/**
 * Whether and how an account's calls use SRTP. An {@link SrtpUse#OPTIONAL} offer is RTP/AVP with SRTP
 * keys, which a peer that requires SRTP refuses with 488 (pjsua's offer of a second, RTP/SAVP line,
 * {@code srtp_optional_dup_offer}, is compiled out); a {@link SrtpUse#MANDATORY} offer reaches an
 * optional peer.
 *
 * @param use SRTP for the account's calls
 * @param secureSignalling the least signalling security a call needs to use SRTP
 *        ({@code srtp_secure_signaling}): {@link SignallingSecurity#NONE} allows it over UDP and TCP
 *        too (SDES keys then travel in clear SDP), {@link SignallingSecurity#TLS_HOP} (pjsua's default)
 *        needs TLS to the next hop, {@link SignallingSecurity#END_TO_END} a {@code sips:} call. With
 *        less, a mandatory call fails and an optional one uses plain RTP
 * @param keying how SRTP keys are agreed, most preferred first: an offer carries the first, an answer
 *        takes the first the offer allows
 */
public record SrtpConfig(SrtpUse use, SignallingSecurity secureSignalling, List<SrtpKeying> keying) {
    /** pjsua's keying methods, in its order: SDES, then DTLS. */
    public static final List<SrtpKeying> DEFAULT_KEYING = List.of(SrtpKeying.SDES, SrtpKeying.DTLS);
    /** No SRTP, pjsua's default. */
    public static final SrtpConfig DISABLED = of(SrtpUse.DISABLED);

    /**
     * @throws NullPointerException naming a missing argument
     * @throws IllegalArgumentException if keying is empty, holds null or names one method twice
     */
    public SrtpConfig {
        Objects.requireNonNull(use, "srtp use");
        Objects.requireNonNull(secureSignalling, "secureSignalling");
        keying = ConfigChecks.distinctMethods("srtp keying", keying);
    }

    /**
     * @param use SRTP for the account's calls
     * @return {@code use} with pjsua's defaults: TLS to the next hop required, SDES then DTLS
     */
    public static SrtpConfig of(SrtpUse use) {
        return new SrtpConfig(use, SignallingSecurity.TLS_HOP, DEFAULT_KEYING);
    }

    /**
     * @param use SRTP for the account's calls
     * @param secureSignalling the least signalling security a call needs to use SRTP
     * @return {@code use} and {@code secureSignalling}, keyed by SDES then DTLS
     */
    public static SrtpConfig of(SrtpUse use, SignallingSecurity secureSignalling) {
        return new SrtpConfig(use, secureSignalling, DEFAULT_KEYING);
    }

    /**
     * @param methods how SRTP keys are agreed, most preferred first
     * @return this configuration with {@code methods}
     * @throws IllegalArgumentException if methods is empty, holds null or names one twice
     */
    public SrtpConfig withKeying(List<SrtpKeying> methods) {
        return new SrtpConfig(use, secureSignalling, methods);
    }
}
