package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeakTest {
    @Test
    void anEndpointDroppedWithoutCloseIsReleasedOffTheGcThread() throws Exception {
        startAndForget();
        Endpoint next = null;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (next == null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(100);
            try {
                next = Loopback.endpoint();
            } catch (IllegalStateException stillOpen) {
                // The Cleaner has not run yet, or our release thread is still closing pjsua.
            }
        }
        assertTrue(next != null, "the dropped endpoint was never released");
        next.close();
    }

    private static void startAndForget() {
        Endpoint ep = Loopback.endpoint();
        Loopback.account(ep, "leaky", new AccountListener() {
        });
    }
}
