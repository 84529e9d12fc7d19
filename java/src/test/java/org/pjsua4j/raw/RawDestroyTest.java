package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * pj4j_destroy: pjsua_destroy2 waits a second for answers to what it sends at shutdown, even when it
 * sends nothing; pj4j_destroy skips that wait only then. (RawPjsua's own pjsua_destroy afterwards
 * finds nothing left to destroy.)
 */
class RawDestroyTest extends RawPjsua {
    /** Times are printed, not asserted: which path runs is decided by pj4j_destroy_needs_rx. */
    private static void destroy(String what) {
        long start = System.nanoTime();
        pj4j_destroy();
        System.out.println(what + ": pj4j_destroy took " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
    }

    @Test
    void withNothingPendingTheWaitIsSkippedCycleAfterCycle() {
        for (int cycle = 0; cycle < 2; cycle++) {
            if (cycle > 0) {
                init();
            }
            assertEquals(0, pjsua_acc_get_count(), "nothing left from the cycle before");
            pjsua_acc_add_local(udp, true);
            assertFalse(pj4j_destroy_needs_rx());
            destroy("cycle " + cycle + ", nothing pending");
            assertEquals(PJSUA_STATE_NULL, pjsua_get_state());
            assertFalse(pj4j_destroy_needs_rx(), "destroyed: nothing to wait for");
        }
    }

    @Test
    void aPendingRegistrationKeepsPjsuasWait() throws Exception {
        // A registrar that never answers: the REGISTER stays pending until pjsua shuts down.
        try (DatagramSocket registrar = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            registrar.setSoTimeout((int) TimeUnit.SECONDS.toMillis(10));
            try (pjsua_acc_config ac = new pjsua_acc_config()) {
                pjsua_acc_config_default(ac);
                ac.setId("sip:henry@127.0.0.1");
                ac.setReg_uri("sip:127.0.0.1:" + registrar.getLocalPort());
                // pjsua's unregistration wait is up to this long, and its last wait the rest of a second.
                ac.setUnreg_timeout(300);
                pjsua_acc_add(ac, false);
            }
            DatagramPacket p = new DatagramPacket(new byte[4096], 4096);
            registrar.receive(p);
            assertTrue(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8).startsWith("REGISTER "));
            assertTrue(pj4j_destroy_needs_rx());

            destroy("a REGISTER pending");
            assertEquals(PJSUA_STATE_NULL, pjsua_get_state());
        }
        init();
        assertEquals(0, pjsua_acc_get_count(), "the account went with the old pjsua");
        assertFalse(pj4j_destroy_needs_rx());
        destroy("after the pending REGISTER");
    }
}
