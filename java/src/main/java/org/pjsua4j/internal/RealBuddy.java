package org.pjsua4j.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import org.pjsua4j.Account;
import org.pjsua4j.Buddy;
import org.pjsua4j.BuddyListener;
import org.pjsua4j.BuddyPresence;
import org.pjsua4j.PresenceActivity;
import org.pjsua4j.PresenceStatus;
import org.pjsua4j.SubscriptionState;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_buddy_config;

/** The {@link Buddy} of a pjsua buddy id; see that interface for what each method promises. */
final class RealBuddy implements Buddy {
    private static final BuddyPresence NOTHING_YET = new BuddyPresence(PresenceStatus.UNKNOWN,
            PresenceActivity.UNKNOWN, "", SubscriptionState.NULL, 0, "");

    private final EndpointCore core;
    private final RealAccount account;
    private final int id;
    private final String uri;
    private final BuddyListener listener;
    private final SerialExecutor events;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile BuddyPresence presence = NOTHING_YET;

    private RealBuddy(EndpointCore core, RealAccount account, int id, String uri, BuddyListener listener) {
        this.core = core;
        this.account = account;
        this.id = id;
        this.uri = uri;
        this.listener = listener;
        this.events = core.newEventQueue();
    }

    /** Under the endpoint's lock, with {@code uri} checked. */
    static RealBuddy add(EndpointCore core, RealAccount account, String uri, BuddyListener listener) {
        int id;
        try (pjsua_buddy_config bc = new pjsua_buddy_config()) {
            pjsua.pjsua_buddy_config_default(bc);
            bc.setUri(uri);
            bc.setAcc_id(account.id());
            // The SUBSCRIBE leaves only once the buddy is known here, so no event is lost.
            bc.setSubscribe(false);
            id = pjsua.pjsua_buddy_add(bc);
        }
        RealBuddy buddy = new RealBuddy(core, account, id, uri, listener);
        core.registry().add(buddy);
        try {
            pjsua.pjsua_buddy_subscribe_pres(id, true);
        } catch (RuntimeException e) {
            buddy.delete();
            throw e;
        }
        return buddy;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public Account account() {
        return account;
    }

    @Override
    public boolean isOpen() {
        return !closed.get() && account.isOpen();
    }

    @Override
    public BuddyPresence presence() {
        return presence;
    }

    @Override
    public void close() {
        if (closed.get()) {
            return;
        }
        try {
            core.run("Buddy.close", this::delete);
        } catch (IllegalStateException endpointClosed) {
            // pjsua_destroy removed the buddy meanwhile.
            closed.set(true);
        }
    }

    /** Under the endpoint's lock: unsubscribes and removes the buddy, once. */
    void delete() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        account.presence().forget(this);
        try {
            pjsua.pjsua_buddy_del(id);
        } finally {
            core.registry().remove(this);
        }
    }

    /** On pjsip's thread: the state changed. */
    void onState() {
        if (closed.get()) {
            return;
        }
        BuddyPresence now = Snapshots.buddy(id);
        events.execute(() -> {
            if (!closed.get()) {
                presence = now;
                listener.onPresence(this, now);
            }
        });
    }

    @Override
    public String toString() {
        return "Buddy[" + id + ", " + Redact.uri(uri) + (closed.get() ? ", closed" : "") + "]";
    }
}
