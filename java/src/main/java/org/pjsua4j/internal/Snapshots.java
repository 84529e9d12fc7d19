package org.pjsua4j.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pjsua4j.AccountInfo;
import org.pjsua4j.AudioStream;
import org.pjsua4j.BuddyPresence;
import org.pjsua4j.CallInfo;
import org.pjsua4j.EndReason;
import org.pjsua4j.HoldState;
import org.pjsua4j.MediaStatus;
import org.pjsua4j.Originator;
import org.pjsua4j.PresenceActivity;
import org.pjsua4j.PresenceStatus;
import org.pjsua4j.raw.AccountSnapshot;
import org.pjsua4j.raw.CallSnapshot;
import org.pjsua4j.raw.pjrpid_element;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_buddy_info;

/** The facade's info records, read from pjsua. */
final class Snapshots {
    private Snapshots() {
    }

    /**
     * One call's audio as the facade reports it, built again only when the call's reader hands over
     * another audio (CallSnapshot.Reader keeps the same while the stream is unchanged).
     */
    static final class AudioCache {
        private record Built(Optional<CallSnapshot.Audio> from, Optional<AudioStream> audio) {
        }

        private volatile Built last = new Built(Optional.empty(), Optional.empty());

        Optional<AudioStream> of(Optional<CallSnapshot.Audio> from) {
            Built b = last;
            if (b.from() != from) {
                b = new Built(from, from.map(a -> new AudioStream(a.codec(), a.clockRate(), a.channelCount(),
                        a.localRtp(), a.remoteRtp(), a.srtpActive())));
                last = b;
            }
            return b.audio();
        }
    }

    /**
     * From one crossing into pjsua (pj4j_call_snapshot), on pjsip's thread or under the endpoint lock,
     * with what only the facade knows of the call (passed one by one: a record of them cost 32 bytes
     * a read).
     */
    static CallInfo call(CallSnapshot c, AudioCache audioCache, Instant started, String remoteUserAgent,
            Originator endedBy, EndReason endReason) {
        MediaStatus media = NativeCodes.mediaStatus(c.mediaStatus());
        Optional<AudioStream> audio = audioCache.of(c.audio());
        return new CallInfo(c.id(), c.accId(), NativeCodes.callState(c.state()), c.stateText(), c.lastStatus(),
                c.lastStatusText(), c.role() == pjsua.PJSIP_ROLE_UAC, c.localInfo(), c.localContact(), c.remoteInfo(),
                c.remoteContact(), c.callId(), media, hold(c), Duration.ofMillis(c.connectDurationMs()),
                Duration.ofMillis(c.totalDurationMs()), started, remoteUserAgent, audio, Optional.ofNullable(endedBy),
                Optional.ofNullable(endReason), NativeCodes.signallingSecurity(c.secureLevel()));
    }

    /**
     * Whether the call's audio is meant to arrive now: pjsua's ACTIVE also covers a peer that answered
     * recvonly, whose stream only sends.
     */
    static boolean receivesAudio(CallSnapshot c) {
        return c.mediaCnt() > 0 && c.media0Status() == pjsua.PJSUA_CALL_MEDIA_ACTIVE
                && (c.media0Dir() & pjsua.PJMEDIA_DIR_DECODING) != 0;
    }

    /** The same snapshot, once the facade has judged who ended the call and why: no second read from pjsua. */
    static CallInfo ended(CallInfo i, Originator by, EndReason reason) {
        return new CallInfo(i.callId(), i.accountId(), i.state(), i.stateText(), i.lastStatusCode(), i.lastReason(),
                i.outgoing(), i.localUri(), i.localContact(), i.remoteUri(), i.remoteContact(), i.sipCallId(),
                i.mediaStatus(), i.hold(), i.connectDuration(), i.totalDuration(), i.started(), i.remoteUserAgent(),
                i.audio(), Optional.of(by), Optional.of(reason), i.signalling());
    }

    /**
     * pjsua reports LOCAL_HOLD whenever we hold, whatever the other side does; that the other side
     * holds too shows in the stream direction: we may not send either.
     */
    private static HoldState hold(CallSnapshot c) {
        if (c.mediaCnt() == 0) {
            return HoldState.NONE;
        }
        boolean weMaySend = (c.media0Dir() & pjsua.PJMEDIA_DIR_ENCODING) != 0;
        if (c.media0Status() == pjsua.PJSUA_CALL_MEDIA_LOCAL_HOLD) {
            return weMaySend ? HoldState.LOCAL : HoldState.BOTH;
        }
        return c.media0Status() == pjsua.PJSUA_CALL_MEDIA_REMOTE_HOLD ? HoldState.REMOTE : HoldState.NONE;
    }

    /** On pjsip's thread (in the buddy's callback) or under the endpoint lock. */
    static BuddyPresence buddy(int buddyId) {
        try (pjsua_buddy_info bi = new pjsua_buddy_info()) {
            pjsua.pjsua_buddy_get_info(buddyId, bi);
            PresenceStatus status = NativeCodes.presenceStatus(bi.getStatus());
            boolean known = status != PresenceStatus.UNKNOWN;
            // Unknown, pjsua's text is "?" and its RPID is stale: neither is the peer's.
            pjrpid_element rpid = bi.getRpid();
            return new BuddyPresence(status,
                    known ? NativeCodes.presenceActivity(rpid.getActivity()) : PresenceActivity.UNKNOWN,
                    known ? bi.getStatus_text() : "", NativeCodes.subscriptionState(bi.getSub_state()),
                    (int) bi.getSub_term_code(), bi.getSub_term_reason());
        }
    }

    /** @param uri the account's URI as {@link org.pjsua4j.Account#uri()} gives it, not pjsua's name-addr of a local one */
    static AccountInfo account(AccountSnapshot.Reader reader, int accId, String uri) {
        AccountSnapshot a = reader.read(accId);
        long expires = a.expires();
        return new AccountInfo(a.id(), uri, a.isDefault(), a.hasRegistration(), a.status(), a.statusText(),
                expires > Integer.MAX_VALUE ? -1 : (int) expires, a.onlineStatus(), a.onlineStatusText());
    }
}
