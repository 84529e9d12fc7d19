package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.PjsuaApp;

/** Presence both ways with pjproject's own pjsua app, a separate SIP stack in a process of its own. */
class PjsuaAppPresenceTest extends EndpointOnLoopback {

    @Test
    void theAppWatchesOurStatusAndWeWatchItsStatus() throws Exception {
        BuddyTest.Watched watchers = new BuddyTest.Watched();
        Account alice = Loopback.account(ep, "alice", watchers);
        alice.setOnlineStatus(true, PresenceActivity.BUSY, "On the phone");
        try (PjsuaApp app = PjsuaApp.watching(alice.uri())) {
            PresenceWatcher watcher = watchers.first.get(15, TimeUnit.SECONDS);
            assertTrue(watcher.accepted());
            // The app's userless account; a From URI carries no port (RFC 3261, table 1).
            assertEquals("<sip:127.0.0.1>", watcher.from());
            alice.setOnlineStatus(false, "Gone home");

            // The app answers our SUBSCRIBE after the NOTIFY above, which it took first.
            Presences seen = new Presences();
            alice.addBuddy(app.uri("app"), seen);
            BuddyPresence online = seen.await("online", p -> p.status() == PresenceStatus.ONLINE);
            assertEquals(SubscriptionState.ACTIVE, online.subscription());
            assertEquals("Online", online.note());

            String log = app.quitAndReadLog();
            assertTrue(log.contains(alice.uri() + " status is On the phone, subscription state is ACTIVE"), log);
            assertTrue(log.contains(alice.uri() + " status is Gone home, subscription state is ACTIVE"), log);
        }
    }
}
