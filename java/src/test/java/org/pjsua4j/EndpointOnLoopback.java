package org.pjsua4j;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests that need an endpoint on 127.0.0.1. One endpoint serves every test of a class (pjsua takes
 * a while to start); each test starts with no account and no call, because the one before closed
 * its accounts (which hangs up their calls). A test that closes the endpoint gets a new one for the
 * next test.
 */
abstract class EndpointOnLoopback {
    private static final long CALLS_GONE_MS = 5000;
    static Endpoint ep;

    @BeforeEach
    void startEndpoint() {
        if (ep == null || !ep.isOpen()) {
            ep = newEndpoint();
        }
    }

    /** The class's endpoint; a class that needs another configuration overrides this. */
    Endpoint newEndpoint() {
        return Loopback.endpoint();
    }

    @AfterEach
    void closeAccounts() throws InterruptedException {
        if (!ep.isOpen()) {
            return;
        }
        ep.accounts().forEach(Account::close);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CALLS_GONE_MS);
        while (ep.callCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @AfterAll
    static void closeEndpoint() {
        if (ep != null) {
            ep.close();
            ep = null;
        }
    }
}
