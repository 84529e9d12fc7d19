package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** pj4j_call_snapshot against what pjsua_call_get_info and pj4j_call_get_media_info say. */
class RawCallSnapshotTest extends RawPjsua {
    private static final long T = 10;
    /** Not ASCII, and outside the BMP: JNI's modified UTF-8 would mangle it. */
    private static final String CALLER = "\"Zo\u00eb \ud83d\ude00\" <sip:zoe@127.0.0.1>";

    private final Set<Integer> audioActive = ConcurrentHashMap.newKeySet();
    private final Map<Integer, CompletableFuture<CallSnapshot>> disconnected = new ConcurrentHashMap<>();
    private final CompletableFuture<Integer> incoming = new CompletableFuture<>();

    private void installCallbacks() {
        PjsuaCallbacks.install(new PjsuaCallback() {
            @Override
            public void on_incoming_call(int acc_id, int call_id, SWIGTYPE_p_pjsip_rx_data rdata) {
                incoming.complete(call_id);
                pjsua_call_answer(call_id, 200, null, null);
            }

            @Override
            public void on_call_media_state(int call_id) {
                if (pj4j_call_snapshot(call_id).mediaStatus() == PJSUA_CALL_MEDIA_ACTIVE) {
                    audioActive.add(call_id);
                }
            }

            @Override
            public void on_call_state(int call_id, SWIGTYPE_p_pjsip_event e) {
                // The facade's moment: the call is still readable while its DISCONNECTED is reported.
                CallSnapshot s = pj4j_call_snapshot(call_id);
                if (s.state() == PJSIP_INV_STATE_DISCONNECTED) {
                    disconnected.computeIfAbsent(call_id, id -> new CompletableFuture<>()).complete(s);
                }
            }
        });
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(T);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(10);
        }
    }

    /** Both legs of a call from CALLER to this pjsua, confirmed with active audio: {caller, callee}. */
    private int[] confirmedCall() throws Exception {
        installCallbacks();
        localAccount(udp, true);
        int zoe;
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua_acc_config_default(ac);
            ac.setId(CALLER);
            loopbackRtp(ac);
            zoe = pjsua_acc_add(ac, false);
        }
        int caller = pjsua_call_make_call(zoe, "sip:127.0.0.1:" + port(udp), null, 0L, null);
        int callee = incoming.get(T, TimeUnit.SECONDS);
        await("both legs confirmed with active audio", () -> audioActive.containsAll(Set.of(caller, callee))
                && pjsua_call_get_count() == 2
                && state(caller) == PJSIP_INV_STATE_CONFIRMED && state(callee) == PJSIP_INV_STATE_CONFIRMED);
        return new int[] {caller, callee};
    }

    private static int state(int call) {
        try (pjsua_call_info ci = new pjsua_call_info()) {
            pjsua_call_get_info(call, ci);
            return ci.getState();
        }
    }

    private static long millis(pj_time_val t) {
        return t.getSec() * 1000 + t.getMsec();
    }

    @Test
    void everyFieldIsWhatPjsuaReports() throws Exception {
        int[] legs = confirmedCall();
        for (int call : legs) {
            try (pjsua_call_info before = new pjsua_call_info(); pjsua_call_info after = new pjsua_call_info();
                    pj4j_call_media_info media = new pj4j_call_media_info()) {
                pjsua_call_get_info(call, before);
                CallSnapshot s = pj4j_call_snapshot(call);
                pjsua_call_get_info(call, after);
                pj4j_call_get_media_info(call, 0, media);

                assertEquals(before.getId(), s.id());
                assertEquals(call, s.id());
                assertEquals(before.getAcc_id(), s.accId());
                assertEquals(before.getState(), s.state());
                assertEquals(PJSIP_INV_STATE_CONFIRMED, s.state());
                assertEquals(before.getState_text(), s.stateText());
                assertEquals(before.getLast_status(), s.lastStatus());
                assertEquals(before.getLast_status_text(), s.lastStatusText());
                assertEquals(before.getRole(), s.role());
                assertEquals(before.getLocal_info(), s.localInfo());
                assertEquals(before.getLocal_contact(), s.localContact());
                assertEquals(before.getRemote_info(), s.remoteInfo());
                assertEquals(before.getRemote_contact(), s.remoteContact());
                assertEquals(before.getCall_id(), s.callId());
                assertEquals(before.getMedia_status(), s.mediaStatus());
                assertEquals(PJSUA_CALL_MEDIA_ACTIVE, s.mediaStatus());
                assertEquals(before.getMedia_cnt(), s.mediaCnt());
                assertTrue(s.mediaCnt() > 0);
                assertEquals(before.get_media(0).getStatus(), s.media0Status());
                assertEquals(before.get_media(0).getDir(), s.media0Dir());
                assertEquals(PJMEDIA_DIR_ENCODING_DECODING, s.media0Dir());
                // The clock runs on between the three reads.
                assertTrue(millis(before.getConnect_duration()) <= s.connectDurationMs()
                        && s.connectDurationMs() <= millis(after.getConnect_duration()), s.toString());
                assertTrue(millis(before.getTotal_duration()) <= s.totalDurationMs()
                        && s.totalDurationMs() <= millis(after.getTotal_duration()), s.toString());

                CallSnapshot.Audio audio = s.audio().orElseThrow();
                assertEquals(media.getCodec(), audio.codec());
                assertEquals(media.getClock_rate(), audio.clockRate());
                assertEquals(media.getChannel_count(), audio.channelCount());
                assertEquals(media.getLocal_rtp(), audio.localRtp());
                assertEquals(media.getRemote_rtp(), audio.remoteRtp());
                assertEquals(media.getSrtp_active(), audio.srtpActive());
                assertTrue(audio.localRtp().contains(":"), audio.toString());
            }
        }
        CallSnapshot caller = pj4j_call_snapshot(legs[0]);
        CallSnapshot callee = pj4j_call_snapshot(legs[1]);
        assertEquals(PJSIP_ROLE_UAC, caller.role());
        assertEquals(PJSIP_ROLE_UAS, callee.role());
        assertEquals(caller.callId(), callee.callId());
        String name = CALLER.substring(0, CALLER.indexOf('<'));
        assertTrue(caller.localInfo().startsWith(name), caller.localInfo());
        assertTrue(callee.remoteInfo().startsWith(name), callee.remoteInfo());
        assertEquals(caller.audio().get().localRtp(), callee.audio().get().remoteRtp());
        pjsua_call_hangup_all();
    }

    /** A reader hands back its last Strings and audio while pjsua's are the same, and new ones where they differ. */
    @Test
    void readerReusesOnlyWhatIsUnchanged() throws Exception {
        int[] legs = confirmedCall();
        CallSnapshot.Reader reader = new CallSnapshot.Reader();
        CallSnapshot first = reader.read(legs[0]);
        CallSnapshot again = reader.read(legs[0]);
        assertSame(first.localInfo(), again.localInfo());
        assertSame(first.callId(), again.callId());
        assertSame(first.audio(), again.audio());
        assertTrue(again.audio().orElseThrow().localRtp().matches("127\\.0\\.0\\.1:[0-9]+"), again.toString());

        // The other leg through the same reader: its own URIs and RTP addresses, the same Call-ID.
        CallSnapshot other = reader.read(legs[1]);
        CallSnapshot fresh = pj4j_call_snapshot(legs[1]);
        assertEquals(fresh.id(), other.id());
        assertEquals(fresh.localInfo(), other.localInfo());
        assertEquals(fresh.remoteInfo(), other.remoteInfo());
        assertEquals(fresh.localContact(), other.localContact());
        assertEquals(fresh.remoteContact(), other.remoteContact());
        assertEquals(fresh.audio(), other.audio());
        assertNotEquals(first.localInfo(), other.localInfo());
        assertNotEquals(first.audio(), other.audio());
        assertSame(first.callId(), other.callId());
        pjsua_call_hangup_all();
    }

    @Test
    void invalidAndEndedCallsThrow() throws Exception {
        assertEquals(PJ_EINVAL, assertThrows(PjsipException.class, () -> pj4j_call_snapshot(-1)).status());
        assertEquals(PJ_EINVAL, assertThrows(PjsipException.class, () -> pj4j_call_snapshot(12345)).status());
        PjsipException unused = assertThrows(PjsipException.class, () -> pj4j_call_snapshot(0));
        assertEquals("pj4j_call_snapshot", unused.operation());
        assertEquals(PJSIP_ESESSIONTERMINATED, unused.status());

        int[] legs = confirmedCall();
        pjsua_call_hangup(legs[0], 0, null, null);
        for (int call : legs) {
            CallSnapshot last = disconnected.computeIfAbsent(call, id -> new CompletableFuture<>())
                    .get(T, TimeUnit.SECONDS);
            assertEquals(PJSIP_INV_STATE_DISCONNECTED, last.state());
            assertEquals(call, last.id());
            assertNotEquals("", last.callId());
        }
        await("both legs gone", () -> pjsua_call_get_count() == 0);
        for (int call : legs) {
            assertEquals(PJSIP_ESESSIONTERMINATED,
                    assertThrows(PjsipException.class, () -> pj4j_call_snapshot(call)).status());
        }
    }
}
