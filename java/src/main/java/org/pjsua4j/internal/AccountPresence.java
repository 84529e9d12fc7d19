package org.pjsua4j.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.Buddy;
import org.pjsua4j.BuddyListener;
import org.pjsua4j.PresenceActivity;
import org.pjsua4j.PresenceWatcher;
import org.pjsua4j.SipStatus;
import org.pjsua4j.raw.WireText;
import org.pjsua4j.raw.pjrpid_element;
import org.pjsua4j.raw.pjsua;

/**
 * One account's presence: the status it shows, its buddies (the presence subscriptions it holds),
 * and its answer to those who subscribe to its own (watchers), as {@link Registration} is its
 * REGISTER. pjsua requires a buddy's account to outlive it, so the account deletes its buddies
 * before itself.
 */
final class AccountPresence {
    private final RealAccount account;
    private final EndpointCore core;
    private final List<RealBuddy> buddies = new CopyOnWriteArrayList<>();

    AccountPresence(RealAccount account, EndpointCore core) {
        this.account = account;
        this.core = core;
    }

    void setOnlineStatus(boolean online, PresenceActivity activity, String note) {
        Objects.requireNonNull(activity, "activity");
        if (note != null) {
            WireText.line("presence note", note);
        }
        account.whileOpen("setOnlineStatus", () -> {
            try (pjrpid_element rpid = new pjrpid_element()) {
                rpid.setType(pjsua.PJRPID_ELEMENT_TYPE_PERSON);
                rpid.setActivity(NativeCodes.rpidActivity(activity));
                rpid.setNote(note == null ? "" : note);
                pjsua.pjsua_acc_set_online_status2(account.id(), online, rpid);
            }
        });
    }

    Buddy addBuddy(String uri, BuddyListener listener) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(listener, "listener");
        return account.whileOpen("addBuddy", () -> {
            SipUris.require("uri", uri);
            RealBuddy buddy = RealBuddy.add(core, account, uri, listener);
            buddies.add(buddy);
            return buddy;
        });
    }

    List<Buddy> buddies() {
        return account.whileOpen("buddies", () -> List.copyOf(buddies));
    }

    /** The buddy is gone. */
    void forget(RealBuddy buddy) {
        buddies.remove(buddy);
    }

    /** Under the endpoint's lock: unsubscribes and removes every buddy of the account. */
    void deleteBuddies() {
        buddies.forEach(RealBuddy::delete);
    }

    /**
     * On pjsip's thread: the answer to a SUBSCRIBE for the account's presence, as configured; the
     * listener hears of it later.
     */
    int answerWatcher(String from) {
        AccountConfig c = account.config();
        SipStatus answer = c == null || c.acceptWatchers() ? new SipStatus(200, "OK") : new SipStatus(403, "Forbidden");
        account.onWatcher(new PresenceWatcher(from == null ? "" : from, answer));
        return answer.code();
    }
}
