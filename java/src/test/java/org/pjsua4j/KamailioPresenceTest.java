package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Kamailio;

/**
 * Presence through Kamailio's presence server: alice PUBLISHes (RFC 3903), bob's buddy SUBSCRIBEs to
 * alice at the server, which NOTIFYs him of each publication. Neither endpoint talks to the other.
 */
class KamailioPresenceTest extends EndpointOnLoopback {

    @Test
    void aWatcherSeesWhatTheBuddyPublishes() throws Exception {
        try (Kamailio server = Kamailio.presenceServer()) {
            String aliceAtServer = "sip:alice@" + server.domain();
            Account alice = ep.addAccount(AccountConfig.builder(aliceAtServer).publish(true).build(),
                    new AccountListener() { });
            alice.setOnlineStatus(true, "At my desk");
            Account bob = ep.addAccount(AccountConfig.builder("sip:bob@" + server.domain()).build(),
                    new AccountListener() { });
            Presences seen = new Presences();
            bob.addBuddy(aliceAtServer, seen);

            BuddyPresence desk = seen.await("at the desk",
                    p -> p.status() == PresenceStatus.ONLINE && p.note().equals("At my desk"));
            assertEquals(SubscriptionState.ACTIVE, desk.subscription());

            alice.setOnlineStatus(true, PresenceActivity.BUSY, "In a call");
            BuddyPresence busy = seen.await("busy", p -> p.activity() == PresenceActivity.BUSY);
            assertEquals("In a call", busy.note());

            alice.setOnlineStatus(false, null);
            seen.await("offline", p -> p.status() == PresenceStatus.OFFLINE);
        }
    }
}
