package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Sipp;

/** Presence published with PUBLISH to a real SIPp presence server that checks each request. */
class PresenceTest extends EndpointOnLoopback {

    @Test
    void onlineStatusAndNoteArePublished() throws Exception {
        try (Sipp server = Sipp.server("publish-note.xml", 1, Duration.ofSeconds(30))) {
            Account ivy = ep.addAccount(AccountConfig.builder("sip:ivy@" + server.hostPort()).publish(true).build(),
                    new AccountListener() { });
            ivy.setOnlineStatus(true, "Out to lunch");
            assertEquals("Out to lunch", ivy.info().onlineStatusText());
            ivy.setOnlineStatus(false, null);
            assertFalse(ivy.info().online());
            ivy.close();
            assertEquals(0, server.await(Duration.ofSeconds(15)), "every PUBLISH as expected: " + server.log());
        }
    }
}
