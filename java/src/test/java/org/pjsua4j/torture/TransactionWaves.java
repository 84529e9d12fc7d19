package org.pjsua4j.torture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits the torture messages into waves in which no two would fall into the same pjsip server
 * transaction. pjsip keys an RFC 3261 transaction by branch and method only (INVITE and ACK by branch
 * alone, sip_transaction.c), and keeps it for up to 32 s (timers J and L); many RFC 4475 messages share
 * the branch z9hG4bKkdjuw, so sent to one user agent within 32 s, a later one is taken for a
 * retransmission of an earlier one ("400 Retransmission with different CSeq") instead of being tested.
 * Each wave therefore goes to fresh user agents; the messages stay byte-exact.
 */
final class TransactionWaves {
    private static final String MAGIC_COOKIE = "z9hG4bK";

    private TransactionWaves() {
    }

    static List<List<TortureMessages.Message>> of(List<TortureMessages.Message> messages) {
        List<List<TortureMessages.Message>> waves = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        for (TortureMessages.Message m : messages) {
            String key = key(m.sip());
            int w = 0;
            while (w < waves.size() && key != null && keys.get(w).contains(key)) {
                w++;
            }
            if (w == waves.size()) {
                waves.add(new ArrayList<>());
                keys.add(new HashSet<>());
            }
            waves.get(w).add(m);
            if (key != null) {
                keys.get(w).add(key);
            }
        }
        return waves;
    }

    /** @return pjsip's server transaction key of a request with an RFC 3261 branch, or null for any other */
    private static String key(SipBytes sip) {
        String method = sip.startLine().split(" ", 2)[0];
        String via = sip.header("via");
        if (method.startsWith("SIP/") || via == null) {
            return null;
        }
        int at = via.indexOf("branch=");
        if (at < 0 || !via.startsWith(MAGIC_COOKIE, at + 7)) {
            return null;
        }
        String branch = via.substring(at + 7).split("[;, \t]", 2)[0];
        return (method.equals("INVITE") || method.equals("ACK") ? "" : method + "$") + branch;
    }
}
