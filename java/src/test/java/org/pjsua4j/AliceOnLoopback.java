package org.pjsua4j;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests that need an endpoint on 127.0.0.1 with one account, alice, that ignores incoming calls. */
abstract class AliceOnLoopback {
    Endpoint ep;
    Account alice;

    @BeforeEach
    void startEndpoint() {
        ep = Loopback.endpoint();
        alice = Loopback.account(ep, "alice", new AccountListener() {
        });
    }

    @AfterEach
    void closeEndpoint() {
        ep.close();
    }
}
