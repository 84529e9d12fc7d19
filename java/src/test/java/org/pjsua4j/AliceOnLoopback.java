package org.pjsua4j;

import org.junit.jupiter.api.BeforeEach;

/** Tests that need an endpoint on 127.0.0.1 with one account, alice, that ignores incoming calls. */
abstract class AliceOnLoopback extends EndpointOnLoopback {
    Account alice;

    @BeforeEach
    void addAlice() {
        alice = Loopback.account(ep, "alice", new AccountListener() {
        });
    }
}
