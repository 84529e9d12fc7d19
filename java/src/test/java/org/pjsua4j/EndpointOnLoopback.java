package org.pjsua4j;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests that need a fresh endpoint on 127.0.0.1 for each test method. */
abstract class EndpointOnLoopback {
    Endpoint ep;

    @BeforeEach
    void startEndpoint() {
        ep = Loopback.endpoint();
    }

    @AfterEach
    void closeEndpoint() {
        ep.close();
    }
}
