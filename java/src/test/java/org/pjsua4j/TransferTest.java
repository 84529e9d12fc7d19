package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_call_info;

/** Blind (REFER) and attended (REFER with Replaces) transfer between three accounts over loopback. */
class TransferTest extends AliceOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @Test
    void blindTransferReachesTheTargetAndReportsProgress() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        Loopback.Answering carol = Loopback.Answering.with(200);
        Account carolAccount = Loopback.account(ep, "carol", carol);

        CompletableFuture<TransferStatus> outcome = c.in().transfer(carolAccount.uri());

        Call newCall = c.outEvents().transferredTo.get(T, MILLISECONDS);
        assertEquals(carolAccount.uri(), stripBrackets(newCall.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS).remoteUri()));
        assertTrue(newCall.info().outgoing());
        assertEquals(c.out().account(), newCall.account());
        Call atCarol = carol.firstCall.get(T, MILLISECONDS);
        assertEquals(CallState.CONFIRMED, atCarol.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS).state());
        TransferStatus done = c.inEvents().finalTransferStatus();
        assertTrue(done.succeeded(), done.toString());
        assertEquals(200, done.code());
        assertSame(done, outcome.get(T, MILLISECONDS), "the future is the final status the listener heard");
    }

    @Test
    void attendedTransferReplacesTheConsultationCall() throws Exception {
        Connected withBob = Connected.call(ep, alice, "bob");
        Connected withCarol = Connected.call(ep, alice, "carol");

        CompletableFuture<TransferStatus> outcome = withBob.out().transfer(withCarol.out());

        // Bob calls carol with Replaces; carol's side of the consultation call is replaced by it.
        Call bobsNewCall = withBob.inEvents().transferredTo.get(T, MILLISECONDS);
        Call replacement = withCarol.inEvents().replacedBy.get(T, MILLISECONDS);
        assertEquals(CallState.CONFIRMED, bobsNewCall.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS).state());
        assertEquals(CallState.CONFIRMED, replacement.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS).state());
        assertEquals(CallState.DISCONNECTED, withCarol.inEvents().disconnected.get(T, MILLISECONDS).state());
        TransferStatus done = withBob.outEvents().finalTransferStatus();
        assertTrue(done.succeeded(), done.toString());
        assertSame(done, outcome.get(T, MILLISECONDS));
        assertTrue(replacement.info().audio().isPresent(), "the replacement call has audio");
        try (pjsua_call_info ci = new pjsua_call_info()) {
            pjsua.pjsua_call_get_info(replacement.id(), ci);
            assertEquals(1, ci.getRem_aud_cnt(), "bob's new call offers audio");
            assertEquals(0, ci.getRem_txt_cnt(), "and only audio, as the answered call it was made for");
        }
    }

    @Test
    void transferArgumentsAreChecked() throws Exception {
        Connected c = Connected.call(ep, alice, "bob");
        assertThrows(IllegalArgumentException.class, () -> c.out().transfer("not a uri"));
        assertThrows(IllegalArgumentException.class, () -> c.out().transfer(c.out()));
    }

    private static String stripBrackets(String uri) {
        return uri.startsWith("<") && uri.endsWith(">") ? uri.substring(1, uri.length() - 1) : uri;
    }
}
