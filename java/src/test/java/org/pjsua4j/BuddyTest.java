package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Presence subscriptions (RFC 3856) between accounts of one endpoint: every SUBSCRIBE and NOTIFY
 * leaves through the UDP transport and comes back in over loopback, through pjsip's parser,
 * transactions and dialogs on both sides.
 */
class BuddyTest extends EndpointOnLoopback {

    /** Keeps the watchers an account was told of. */
    static final class Watched implements AccountListener {
        final CompletableFuture<PresenceWatcher> first = new CompletableFuture<>();

        @Override
        public void onWatcher(PresenceWatcher watcher) {
            first.complete(watcher);
        }
    }

    private Account account(String user, AccountListener listener, boolean acceptWatchers) {
        return ep.addAccount(AccountConfig.builder(Loopback.udp(ep).uri(user)).acceptWatchers(acceptWatchers).build(),
                listener);
    }

    @Test
    void aWatcherSeesTheBuddyOnlineBusyAndOffline() throws Exception {
        Watched bobsWatchers = new Watched();
        Account bob = account("bob", bobsWatchers, true);
        bob.setOnlineStatus(true, "Here");
        Account alice = account("alice", new AccountListener() { }, true);
        Presences seen = new Presences();
        Buddy buddy = alice.addBuddy(bob.uri(), seen);

        BuddyPresence online = seen.await("online", p -> p.status() == PresenceStatus.ONLINE);
        assertEquals(SubscriptionState.ACTIVE, online.subscription());
        assertEquals("Here", online.note());
        assertTrue(online.isAvailable());
        PresenceWatcher watcher = bobsWatchers.first.get(10, TimeUnit.SECONDS);
        assertTrue(watcher.accepted());
        assertEquals(200, watcher.answer().code());
        assertTrue(watcher.from().contains("sip:alice@127.0.0.1"), watcher.from());

        bob.setOnlineStatus(true, PresenceActivity.BUSY, "In a meeting");
        BuddyPresence busy = seen.await("busy", p -> p.activity() == PresenceActivity.BUSY);
        assertEquals(PresenceStatus.ONLINE, busy.status());
        assertEquals("In a meeting", busy.note());
        assertFalse(busy.isAvailable());

        bob.setOnlineStatus(false, null);
        BuddyPresence offline = seen.await("offline", p -> p.status() == PresenceStatus.OFFLINE);
        assertEquals("Offline", offline.note());
        assertEquals(PresenceActivity.AWAY, offline.activity());
        assertEquals(offline, buddy.presence(), "presence() is the last one delivered");
        assertEquals(List.of(buddy), alice.buddies());
        assertTrue(seen.threads.stream().allMatch(t -> t.startsWith("pjsua4j-event-")), seen.threads.toString());
    }

    @Test
    void presenceGoesBothWays() throws Exception {
        Account alice = account("alice", new AccountListener() { }, true);
        Account bob = account("bob", new AccountListener() { }, true);
        alice.setOnlineStatus(true, PresenceActivity.AWAY, "Back at three");
        bob.setOnlineStatus(true, "Reading");
        Presences alicesView = new Presences();
        Presences bobsView = new Presences();
        alice.addBuddy(bob.uri(), alicesView);
        bob.addBuddy(alice.uri(), bobsView);

        BuddyPresence ofBob = alicesView.await("of bob", p -> p.status() == PresenceStatus.ONLINE);
        BuddyPresence ofAlice = bobsView.await("of alice", p -> p.status() == PresenceStatus.ONLINE);
        assertEquals("Reading", ofBob.note());
        assertEquals("Back at three", ofAlice.note());
        assertEquals(PresenceActivity.AWAY, ofAlice.activity());
    }

    @Test
    void aRefusedSubscriptionEndsWith403AndTheRefusingAccountHearsOfIt() throws Exception {
        Watched carolsWatchers = new Watched();
        Account carol = account("carol", carolsWatchers, false);
        Account alice = account("alice", new AccountListener() { }, true);
        Presences seen = new Presences();
        Buddy buddy = alice.addBuddy(carol.uri(), seen);

        BuddyPresence refused = seen.await("terminated", p -> p.subscription() == SubscriptionState.TERMINATED);
        assertEquals(403, refused.terminationCode());
        assertEquals("Forbidden", refused.terminationReason());
        assertEquals(PresenceStatus.UNKNOWN, refused.status());
        PresenceWatcher watcher = carolsWatchers.first.get(10, TimeUnit.SECONDS);
        assertFalse(watcher.accepted());
        assertEquals(new SipStatus(403, "Forbidden"), watcher.answer());
        assertTrue(buddy.isOpen(), "pjsua subscribes again later; the buddy stays until closed");
    }

    @Test
    void aClosedBuddyHearsNothingMoreAndItsAccountForgetsIt() throws Exception {
        Account bob = account("bob", new AccountListener() { }, true);
        bob.setOnlineStatus(true, "Here");
        Account alice = account("alice", new AccountListener() { }, true);
        Presences seen = new Presences();
        Buddy buddy = alice.addBuddy(bob.uri(), seen);
        seen.await("online", p -> p.status() == PresenceStatus.ONLINE);

        buddy.close();
        buddy.close();
        assertFalse(buddy.isOpen());
        assertEquals(List.of(), alice.buddies());
        bob.setOnlineStatus(false, "Gone");
        seen.expectNothing(Duration.ofMillis(500));

        Presences again = new Presences();
        alice.addBuddy(bob.uri(), again);
        assertEquals("Gone", again.await("offline", p -> p.status() == PresenceStatus.OFFLINE).note(),
                "the same URI can be watched again");
    }

    /** @return alice's buddy bob, once its subscription is active */
    private Buddy activeBuddy() throws InterruptedException {
        Account bob = account("bob", new AccountListener() { }, true);
        Account alice = account("alice", new AccountListener() { }, true);
        Presences seen = new Presences();
        Buddy buddy = alice.addBuddy(bob.uri(), seen);
        seen.await("active", p -> p.subscription() == SubscriptionState.ACTIVE);
        return buddy;
    }

    @Test
    void closingTheAccountEndsItsBuddies() throws Exception {
        Buddy buddy = activeBuddy();
        Account alice = buddy.account();

        alice.close();
        assertFalse(buddy.isOpen());
        buddy.close();
        assertThrows(IllegalStateException.class, () -> alice.addBuddy(buddy.uri(), (b, p) -> { }));
    }

    @Test
    void closingTheEndpointEndsItsBuddies() throws Exception {
        Buddy buddy = activeBuddy();

        ep.close();
        assertFalse(buddy.isOpen());
        buddy.close();
        assertThrows(IllegalStateException.class, buddy.account()::buddies);
    }

    @Test
    void badBuddyUrisAreRefusedByName() {
        Account alice = account("alice", new AccountListener() { }, true);
        BuddyListener ignore = (b, p) -> { };
        IllegalArgumentException notUri = assertThrows(IllegalArgumentException.class,
                () -> alice.addBuddy("not a uri", ignore));
        assertTrue(notUri.getMessage().contains("uri"), notUri.getMessage());
        assertThrows(IllegalArgumentException.class, () -> alice.addBuddy("sip:bob@127.0.0.1\r\nX: y", ignore));
        assertThrows(NullPointerException.class, () -> alice.addBuddy(null, ignore));
        assertThrows(NullPointerException.class, () -> alice.addBuddy("sip:bob@127.0.0.1", null));
        assertThrows(IllegalArgumentException.class,
                () -> alice.setOnlineStatus(true, PresenceActivity.BUSY, "two\r\nlines"));
        assertEquals(List.of(), alice.buddies());
    }
}
