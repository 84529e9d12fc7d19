package org.pjsua4j.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountInfo;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Buddy;
import org.pjsua4j.BuddyListener;
import org.pjsua4j.Call;
import org.pjsua4j.CallListener;
import org.pjsua4j.InstantMessage;
import org.pjsua4j.MessageSummary;
import org.pjsua4j.PresenceActivity;
import org.pjsua4j.PresenceWatcher;
import org.pjsua4j.RegistrationConfig;
import org.pjsua4j.RegistrationEvent;
import org.pjsua4j.SipHeader;
import org.pjsua4j.SipStatus;
import org.pjsua4j.Transport;
import org.pjsua4j.raw.AccountSnapshot;
import org.pjsua4j.raw.RegState;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_acc_config;
import org.pjsua4j.raw.WireText;

/** The {@link Account} of a pjsua account id; see that interface for what each method promises. */
final class RealAccount implements Account {
    private final EndpointCore core;
    private final int id;
    private volatile AccountConfig config;
    private volatile String uri;
    private final AccountListener listener;
    /** False for a listener that leaves onIncomingCall at its empty default: an auto-answered call need not wake it. */
    private final boolean hearsIncomingCalls;
    private final SerialExecutor events;
    private final Registration registration;
    private final AccountPresence presence;
    /** Reuses the last info's strings while pjsua's are unchanged. */
    private final AccountSnapshot.Reader reader = new AccountSnapshot.Reader();
    /** info()'s read, made once: whileOpen would build its operation's name and two lambdas per call. */
    private final Supplier<AccountInfo> readInfo = this::readInfo;
    private volatile boolean closed;
    /** For a local account with a configuration: the transport and priority pjsua_acc_add_local gave it. */
    private final AccountSettings.LocalBinding local;

    private RealAccount(EndpointCore core, int id, AccountConfig config, String uri, AccountListener listener) {
        this(core, id, config, uri, listener, null);
    }

    private RealAccount(EndpointCore core, int id, AccountConfig config, String uri, AccountListener listener,
            AccountSettings.LocalBinding local) {
        this.core = core;
        this.local = local;
        this.id = id;
        this.config = config;
        this.uri = uri;
        this.listener = listener;
        this.hearsIncomingCalls = DefaultMethods.overridden(listener, AccountListener.class, "onIncomingCall",
                Call.class);
        this.events = core.newEventQueue();
        this.registration = new Registration(this, core);
        this.presence = new AccountPresence(this, core);
    }

    /** Under the endpoint's lock. */
    static RealAccount add(EndpointCore core, AccountConfig config, AccountListener listener) {
        AccountSettings.validate(config);
        int id;
        try (pjsua_acc_config ac = new pjsua_acc_config(); ScratchPool pool = new ScratchPool("pj4j-acc")) {
            pjsua.pjsua_acc_config_default(ac);
            AccountSettings.fill(config, core.media(), ac, pool.pool());
            // Registration starts only once the account is known here, so no event is lost.
            ac.setRegister_on_acc_add(false);
            id = pjsua.pjsua_acc_add(ac, false);
        }
        RealAccount account = new RealAccount(core, id, config, config.id(), listener);
        core.registry().add(account);
        if (config.registration().isPresent()) {
            account.registration.start();
        }
        return account;
    }

    /** Under the endpoint's lock. */
    static RealAccount addLocal(EndpointCore core, Transport transport, AccountListener listener) {
        int id = pjsua.pjsua_acc_add_local(transport.id(), false);
        try (pjsua_acc_config ac = new pjsua_acc_config(); ScratchPool pool = new ScratchPool("pj4j-acc")) {
            pjsua.pjsua_acc_get_config(id, pool.pool(), ac);
            AccountSettings.pinMedia(core.media(), ac);
            pjsua.pjsua_acc_modify(id, ac);
        }
        RealAccount account = new RealAccount(core, id, null, SipUris.unbracketed(pjsua.pj4j_acc_snapshot(id).accUri()),
                listener);
        core.registry().add(account);
        return account;
    }

    /**
     * Under the endpoint's lock: a local account (pjsua_acc_add_local's transport binding and lower
     * priority) with the configuration's id and call settings.
     */
    static RealAccount addLocal(EndpointCore core, Transport transport, AccountConfig config, AccountListener listener) {
        AccountSettings.validateLocal(config, transport);
        int id = pjsua.pjsua_acc_add_local(transport.id(), false);
        AccountSettings.LocalBinding binding;
        try (pjsua_acc_config ac = new pjsua_acc_config(); ScratchPool pool = new ScratchPool("pj4j-acc")) {
            pjsua.pjsua_acc_get_config(id, pool.pool(), ac);
            binding = new AccountSettings.LocalBinding(transport, ac.getPriority());
            AccountSettings.modify(core.media(), id, config, binding);
        } catch (RuntimeException e) {
            pjsua.pj4j_acc_del_without_unregistration(id);
            throw e;
        }
        RealAccount account = new RealAccount(core, id, config, config.id(), listener, binding);
        core.registry().add(account);
        return account;
    }

    /**
     * The guard of every operation: runs it under the endpoint's lock while the account is open.
     *
     * @throws IllegalStateException naming the operation if the account or the endpoint is closed
     */
    <T> T whileOpen(String operation, Supplier<T> action) {
        String op = "Account." + operation;
        return core.call(op, () -> {
            requireOpen(op);
            return action.get();
        });
    }

    private AccountInfo readInfo() {
        requireOpen("Account.info");
        return Snapshots.account(reader, id, uri);
    }

    private void requireOpen(String op) {
        if (closed) {
            throw new IllegalStateException(op + ": account " + Redact.uri(uri) + " is closed");
        }
    }

    void whileOpen(String operation, Runnable action) {
        whileOpen(operation, () -> {
            action.run();
            return null;
        });
    }

    /** For work of the account's own (retries): skipped quietly once the account or endpoint is closed. */
    void ifOpen(String operation, Runnable action) {
        try {
            whileOpen(operation, action);
        } catch (IllegalStateException closedMeanwhile) {
            // nothing left to do it for
        }
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
    public AccountConfig config() {
        return config;
    }

    @Override
    public boolean isOpen() {
        return !closed && !core.isClosed();
    }

    @Override
    public AccountInfo info() {
        return core.call("Account.info", readInfo);
    }

    @Override
    public boolean isDefault() {
        return whileOpen("isDefault", () -> pjsua.pjsua_acc_get_default() == id);
    }

    @Override
    public void setDefault() {
        whileOpen("setDefault", () -> pjsua.pjsua_acc_set_default(id));
    }

    @Override
    public void update(AccountConfig newConfig) {
        Objects.requireNonNull(newConfig, "newConfig");
        whileOpen("update", () -> {
            if (config == null) {
                throw new IllegalStateException("Account.update: " + uri + " is a local account; it has no AccountConfig");
            }
            AccountSettings.validate(newConfig);
            if (local != null && newConfig.registration().isPresent()) {
                throw new IllegalArgumentException("Account.update: " + Redact.uri(uri)
                        + " is a local account, which does not register");
            }
            registration.want(newConfig.registration().isPresent());
            AccountSettings.modify(core.media(), id, newConfig, local);
            config = newConfig;
            uri = newConfig.id();
        });
    }

    @Override
    public void setTransport(Transport transport) {
        Objects.requireNonNull(transport, "transport");
        whileOpen("setTransport", () -> pjsua.pjsua_acc_set_transport(id, transport.id()));
    }

    @Override
    public CompletableFuture<RegistrationEvent> registration() {
        return registration.first();
    }

    @Override
    public CompletableFuture<RegistrationEvent> setRegistration(boolean register) {
        return whileOpen("setRegistration", () -> registration.set(register));
    }

    @Override
    public CompletableFuture<RegistrationEvent> unregisterAll() {
        return whileOpen("unregisterAll", () -> {
            registration.want(false);
            CompletableFuture<RegistrationEvent> done = new CompletableFuture<>();
            long token = core.registry().expect((code, reason) -> registration.onUnregisterAll(code, reason, done));
            try {
                pjsua.pj4j_acc_unregister_all(id, token);
            } catch (RuntimeException e) {
                core.registry().forgetRequest(token);
                throw e;
            }
            return done;
        });
    }

    @Override
    public CompletableFuture<SipStatus> sendRequest(String method, String target) {
        WireText.token("method", method);
        Objects.requireNonNull(target, "target");
        return whileOpen("sendRequest", () -> {
            SipUris.require("target", target);
            return core.sendTracked(events, token -> pjsua.pjsua_acc_send_request(id, target, method, null, token, null));
        });
    }

    @Override
    public CompletableFuture<SipStatus> sendMessage(String to, String text) {
        Objects.requireNonNull(to, "to");
        WireText.body("message text", text);
        return whileOpen("sendMessage", () -> {
            SipUris.require("to", to);
            return core.sendTracked(events, token -> pjsua.pjsua_im_send(id, to, "text/plain", text, null, token));
        });
    }

    @Override
    public void setOnlineStatus(boolean online, String note) {
        setOnlineStatus(online, online ? PresenceActivity.UNKNOWN : PresenceActivity.AWAY, note);
    }

    @Override
    public void setOnlineStatus(boolean online, PresenceActivity activity, String note) {
        presence.setOnlineStatus(online, activity, note);
    }

    @Override
    public Buddy addBuddy(String uri, BuddyListener listener) {
        return presence.addBuddy(uri, listener);
    }

    @Override
    public List<Buddy> buddies() {
        return presence.buddies();
    }

    AccountPresence presence() {
        return presence;
    }

    @Override
    public Call makeCall(String destination, CallListener listener) {
        return makeCall(destination, List.of(), listener);
    }

    @Override
    public Call makeCall(String destination, List<SipHeader> headers, CallListener listener) {
        Objects.requireNonNull(destination, "destination");
        List<SipHeader> hdrs = NoNulls.copy("headers", headers);
        Objects.requireNonNull(listener, "listener");
        return whileOpen("makeCall", () -> {
            SipUris.require("destination", destination);
            return RealCall.place(core, this, destination, hdrs, listener);
        });
    }

    @Override
    public void close() {
        remove("Account.close", true);
    }

    @Override
    public void closeWithoutUnregistering() {
        remove("Account.closeWithoutUnregistering", false);
    }

    private void remove(String operation, boolean unregister) {
        if (closed || core.isClosed()) {
            markClosed();
            return;
        }
        boolean ours;
        try {
            ours = core.call(operation, () -> {
                if (closed) {
                    return false;
                }
                markClosed();
                // pjsua requires a buddy's account to outlive it; the unsubscriptions leave now.
                presence.deleteBuddies();
                for (RealCall call : core.registry().calls()) {
                    if (call.account() == this) {
                        call.hangupQuietly();
                    }
                }
                return true;
            });
        } catch (IllegalStateException endpointClosed) {
            return;
        }
        if (!ours) {
            return;
        }
        try {
            if (unregister && config != null) {
                // One updated not to register waits as long as pjsua would for what it may still hold.
                registration.awaitUnregistration(core, operation, config.registration().map(
                        RegistrationConfig::unregisterTimeout).orElse(RegistrationConfig.DEFAULT_UNREGISTER_TIMEOUT));
            }
            core.run(operation, () -> {
                // Any that an addBuddy racing with the first round added.
                presence.deleteBuddies();
                pjsua.pj4j_acc_del_without_unregistration(id);
                core.registry().remove(this);
            });
        } catch (IllegalStateException endpointClosed) {
            // pjsua_destroy removed the account meanwhile.
        }
    }

    void markClosed() {
        closed = true;
        registration.stop();
    }

    // Events, from pjsip's thread: recorded, then delivered on the account's executor.

    void onRegState(RegState state) {
        registration.onRegState(state);
    }

    void deliver(RegistrationEvent event, CompletableFuture<RegistrationEvent> done) {
        deliver(event, List.of(done));
    }

    /** The futures complete after the listener has seen the event. */
    void deliver(RegistrationEvent event, List<CompletableFuture<RegistrationEvent>> done) {
        events.execute(() -> {
            try {
                listener.onRegistration(event);
            } finally {
                done.forEach(f -> f.complete(event));
            }
        });
    }

    void onMessage(InstantMessage message) {
        events.execute(() -> listener.onMessage(message));
    }

    void onWatcher(PresenceWatcher watcher) {
        events.execute(() -> listener.onWatcher(watcher));
    }

    void onMessageWaiting(MessageSummary summary) {
        events.execute(() -> listener.onMessageWaiting(summary));
    }

    /** Whether {@link #onIncomingCall} would run more than AccountListener's empty default. */
    boolean hearsIncomingCalls() {
        return hearsIncomingCalls;
    }

    /** On the new call's own executor, so its later events wait until the application has seen it. */
    void onIncomingCall(Call call) {
        listener.onIncomingCall(call);
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + Redact.uri(uri) + (closed ? ", closed" : "") + "]";
    }
}
