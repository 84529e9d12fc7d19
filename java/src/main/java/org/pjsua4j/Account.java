package org.pjsua4j;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.RegState;
import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjrpid_element;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_acc_config;
import org.pjsua4j.raw.pjsua_transport_config;

/**
 * A SIP account of an {@link Endpoint}. The endpoint owns it: dropping the reference does not remove
 * it, {@link #close()} or closing the endpoint does. Calls made from or to the account belong to it
 * and are hung up when it closes. Methods may be called from any thread.
 *
 * <p>Registration: an account with a registrar registers when added, refreshes before the granted
 * lifetime runs out, retries temporary failures on its own schedule (see
 * {@link AccountConfig.Builder#retry}) and unregisters on {@link #close()}. Each outcome is a
 * {@link RegistrationEvent} for the {@link AccountListener}.
 */
public final class Account implements AutoCloseable {
    /** Media ports are drawn at random from [RTP_PORT, RTP_PORT + RTP_PORT_RANGE) to avoid collisions. */
    private static final int RTP_PORT = 20000;
    private static final int RTP_PORT_RANGE = 20000;
    /** pjsip reports a timed-out unregistration a little after its transaction timeout. */
    private static final long UNREGISTER_SLACK_MS = 1000;
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");

    private final EndpointCore core;
    private final int id;
    private volatile AccountConfig config;
    private volatile String uri;
    private final AccountListener listener;
    final SerialExecutor events;
    private final CompletableFuture<RegistrationEvent> firstRegistration = new CompletableFuture<>();
    private final RetrySchedule retries;
    private final AtomicLong registrationEvents = new AtomicLong();
    /** While close waits: counted down by the next registration outcome, and by the next unregistration's. */
    private volatile CountDownLatch nextOutcome;
    private volatile CountDownLatch nextUnregistration;
    private volatile boolean closed;

    private Account(EndpointCore core, int id, AccountConfig config, String uri, AccountListener listener) {
        this.core = core;
        this.id = id;
        this.config = config;
        this.uri = uri;
        this.listener = listener;
        this.events = new SerialExecutor(core.eventPool, core.errors);
        this.retries = new RetrySchedule(core.timer, this::retryRegistration);
    }

    static Account add(EndpointCore core, AccountConfig config, AccountListener listener) {
        validate(config);
        int id;
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua.pjsua_acc_config_default(ac);
            fill(core, config, ac);
            // Registration starts only once the account is known here, so no event is lost.
            ac.setRegister_on_acc_add(false);
            id = pjsua.pjsua_acc_add(ac, false);
        }
        Account account = new Account(core, id, config, config.id(), listener);
        core.accounts.put(id, account);
        if (config.registrarUri() != null) {
            account.retries.want(true);
            account.sendRegistration(true, true);
        }
        return account;
    }

    static Account addLocal(EndpointCore core, Transport transport, AccountListener listener) {
        int id = pjsua.pjsua_acc_add_local(transport.id(), false);
        SWIGTYPE_p_pj_pool_t pool = pjsua.pjsua_pool_create("pjsua4j-acc", 1024, 1024);
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua.pjsua_acc_get_config(id, pool, ac);
            pinMedia(core, ac.getRtp_cfg());
            pjsua.pjsua_acc_modify(id, ac);
        } finally {
            pjsua.pj_pool_release(pool);
        }
        Account account = new Account(core, id, null, AccountInfo.read(id).uri(), listener);
        core.accounts.put(id, account);
        return account;
    }

    private static void validate(AccountConfig config) {
        requireUri("account id", config.id());
        if (config.registrarUri() != null) {
            requireUri("registrar", config.registrarUri());
        }
        List<String> proxies = config.proxies();
        for (int i = 0; i < proxies.size(); i++) {
            requireUri("proxy[" + i + "]", proxies.get(i));
        }
    }

    /** The pjsua_acc_config for an AccountConfig; the rest stays at pjsua's defaults. */
    private static void fill(EndpointCore core, AccountConfig config, pjsua_acc_config ac) {
        ac.setId(config.id());
        if (config.registrarUri() != null) {
            ac.setReg_uri(config.registrarUri());
        }
        ac.setReg_timeout(config.registrationTimeout());
        ac.setReg_delay_before_refresh(config.refreshBeforeExpiry());
        // Retries are scheduled by RetrySchedule, which knows when the next one happens.
        ac.setReg_retry_interval(0);
        ac.setReg_first_retry_interval(0);
        ac.setUnreg_timeout((int) config.unregisterTimeout().toMillis());
        List<String> proxies = config.proxies();
        ac.setProxy_cnt(proxies.size());
        for (int i = 0; i < proxies.size(); i++) {
            ac.set_proxy(i, proxies.get(i));
        }
        List<AccountConfig.Credential> creds = config.credentials();
        ac.setCred_count(creds.size());
        for (int i = 0; i < creds.size(); i++) {
            AccountConfig.Credential c = creds.get(i);
            var ci = ac.get_cred_info(i);
            ci.setRealm(c.realm());
            ci.setScheme("digest");
            ci.setUsername(c.username());
            ci.setData_type(pjsua.PJSIP_CRED_DATA_PLAIN_PASSWD);
            ci.setData(c.password());
        }
        ac.setRequire_100rel(config.require100rel() ? pjsua.PJSUA_100REL_MANDATORY : pjsua.PJSUA_100REL_NOT_USED);
        ac.setPublish_enabled(config.publish());
        ac.setUse_srtp(config.srtp().toNative());
        ac.setSrtp_secure_signaling(config.srtpRequiresSecureSignaling() ? 1 : 0);
        ac.setContact_params(config.contactParams());
        ac.setContact_uri_params(config.contactUriParams());
        if (config.transport() != null) {
            ac.setTransport_id(config.transport().id());
        }
        pinMedia(core, ac.getRtp_cfg());
    }

    /** RTP binds to, and SDP advertises, the endpoint's own address rather than any interface's. */
    private static void pinMedia(EndpointCore core, pjsua_transport_config rtp) {
        rtp.setBound_addr(core.mediaAddress());
        rtp.setPublic_addr(core.mediaAddress());
        rtp.setPort(RTP_PORT);
        rtp.setPort_range(RTP_PORT_RANGE);
        rtp.setRandomize_port(true);
    }

    static void requireUri(String what, String uri) {
        try {
            pjsua.pjsua_verify_url(uri);
        } catch (PjsipException e) {
            throw new IllegalArgumentException(what + " '" + Redact.uri(uri) + "' is not a valid SIP URI ("
                    + e.statusText() + ")", e);
        }
    }

    /** @return pjsua's account id */
    public int id() {
        return id;
    }

    /** @return the account's SIP URI */
    public String uri() {
        return uri;
    }

    /** @return the configuration it was added (or last updated) with, or null for a local account */
    public AccountConfig config() {
        return config;
    }

    /** @return true until the account or its endpoint is closed */
    public boolean isOpen() {
        return !closed && !core.isClosed();
    }

    /**
     * @return pjsua's view of the account now: registration status, expiry, presence
     * @throws IllegalStateException if closed
     */
    public AccountInfo info() {
        return core.call("info", () -> {
            requireOpen("info");
            return AccountInfo.read(id);
        });
    }

    /**
     * @return true if this is the endpoint's default account
     * @throws IllegalStateException if closed
     */
    public boolean isDefault() {
        return core.call("isDefault", () -> {
            requireOpen("isDefault");
            return pjsua.pjsua_acc_get_default() == id;
        });
    }

    /**
     * Makes this the account used for requests no other account matches.
     *
     * @throws IllegalStateException if closed
     */
    public void setDefault() {
        core.run("setDefault", () -> {
            requireOpen("setDefault");
            pjsua.pjsua_acc_set_default(id);
        });
    }

    /**
     * Replaces the account's configuration ({@code pjsua_acc_modify}); a changed registrar or
     * credentials re-register.
     *
     * @param newConfig the new configuration
     * @throws IllegalArgumentException if a URI in it is malformed
     * @throws IllegalStateException if closed, or a local account
     */
    public void update(AccountConfig newConfig) {
        Objects.requireNonNull(newConfig, "config");
        core.run("update", () -> {
            requireOpen("update");
            if (config == null) {
                throw new IllegalStateException("update: " + uri + " is a local account; it has no AccountConfig");
            }
            validate(newConfig);
            retries.want(newConfig.registrarUri() != null);
            try (pjsua_acc_config ac = new pjsua_acc_config()) {
                pjsua.pjsua_acc_config_default(ac);
                fill(core, newConfig, ac);
                pjsua.pjsua_acc_modify(id, ac);
            }
            config = newConfig;
            uri = newConfig.id();
        });
    }

    /**
     * Sends all the account's requests through {@code transport} ({@code pjsua_acc_set_transport}).
     *
     * @param transport one of the endpoint's transports
     * @throws IllegalStateException if closed
     */
    public void setTransport(Transport transport) {
        Objects.requireNonNull(transport, "transport");
        core.run("setTransport", () -> {
            requireOpen("setTransport");
            pjsua.pjsua_acc_set_transport(id, transport.id());
        });
    }

    /**
     * @return a future completed with the outcome of the account's first REGISTER (success or failure),
     *         on the account's event thread after its listener saw it; never completed for an account
     *         without a registrar
     */
    public CompletableFuture<RegistrationEvent> registration() {
        return firstRegistration.copy();
    }

    /**
     * Sends a REGISTER now (renewing the registration), or unregisters (Expires: 0) with
     * {@code false}. Either cancels a scheduled retry. The outcome arrives as
     * {@link AccountListener#onRegistration}.
     *
     * @param register true to register or renew, false to unregister
     * @throws PjsipException if the account has no registrar, or is not registered when unregistering
     * @throws IllegalStateException if closed
     */
    public void setRegistration(boolean register) {
        core.run("setRegistration", () -> {
            requireOpen("setRegistration");
            retries.want(register);
            sendRegistration(register, false);
        });
    }

    /**
     * Removes every binding of the account's address of record at the registrar, other devices'
     * included (REGISTER with {@code Contact: *} and {@code Expires: 0}). The account's own
     * registration ends too and is not refreshed; {@link #setRegistration(boolean)} registers again.
     *
     * @return completed with the outcome ({@link RegistrationEvent.Kind#ENDED} or
     *         {@link RegistrationEvent.Kind#FAILED}), after the listener saw it
     * @throws PjsipException if the account has no registrar
     * @throws IllegalStateException if closed
     */
    public CompletableFuture<RegistrationEvent> unregisterAll() {
        return core.call("unregisterAll", () -> {
            requireOpen("unregisterAll");
            retries.want(false);
            CompletableFuture<RegistrationEvent> done = new CompletableFuture<>();
            long token = core.nextToken();
            core.requests.put(token, (code, reason) -> {
                RegistrationEvent.Kind kind = code / 100 == 2 ? RegistrationEvent.Kind.ENDED
                        : RegistrationEvent.Kind.FAILED;
                deliver(new RegistrationEvent(this, kind, code, reason, 0, "", List.of(), Optional.empty(), 0), done);
            });
            try {
                pjsua.pj4j_acc_unregister_all(id, token);
            } catch (RuntimeException e) {
                core.requests.remove(token);
                throw e;
            }
            return done;
        });
    }

    /**
     * Sends an out-of-dialog request from this account ({@code pjsua_acc_send_request}), e.g.
     * OPTIONS to check that a peer is alive.
     *
     * @param method the SIP method, e.g. "OPTIONS"
     * @param target the request URI
     * @return completed with the final status, on the account's event thread
     * @throws IllegalArgumentException if target is not a valid SIP URI or method is not a SIP token
     * @throws IllegalStateException if closed
     */
    public CompletableFuture<SipStatus> sendRequest(String method, String target) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        if (!method.matches("[A-Za-z0-9.!%*_+`'~-]+")) {
            throw new IllegalArgumentException("method '" + method + "' is not a SIP method token");
        }
        return core.call("sendRequest", () -> {
            requireOpen("sendRequest");
            requireUri("target", target);
            return core.sendTracked(events, token -> pjsua.pjsua_acc_send_request(id, target, method, null, token, null));
        });
    }

    /**
     * Sends an instant message (SIP MESSAGE, RFC 3428) outside any call.
     *
     * @param to the recipient's SIP URI
     * @param text the message, sent as text/plain
     * @return completed with the recipient's final status (or pjsip's 408/503 when none came), on the
     *         account's event thread
     * @throws IllegalArgumentException if to is not a valid SIP URI
     * @throws IllegalStateException if closed
     */
    public CompletableFuture<SipStatus> sendMessage(String to, String text) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        return core.call("sendMessage", () -> {
            requireOpen("sendMessage");
            requireUri("to", to);
            return core.sendTracked(events, token -> pjsua.pjsua_im_send(id, to, "text/plain", text, null, token));
        });
    }

    /**
     * Sets the presence status the account advertises to subscribers and, with
     * {@link AccountConfig.Builder#publish publish} on, PUBLISHes.
     *
     * @param online online or offline
     * @param note a note, e.g. "In a meeting", or null for none
     * @throws IllegalStateException if closed
     */
    public void setOnlineStatus(boolean online, String note) {
        core.run("setOnlineStatus", () -> {
            requireOpen("setOnlineStatus");
            try (pjrpid_element rpid = new pjrpid_element()) {
                rpid.setType(pjsua.PJRPID_ELEMENT_TYPE_PERSON);
                rpid.setActivity(online ? pjsua.PJRPID_ACTIVITY_UNKNOWN : pjsua.PJRPID_ACTIVITY_AWAY);
                rpid.setNote(note == null ? "" : note);
                pjsua.pjsua_acc_set_online_status2(id, online, rpid);
            }
        });
    }

    /**
     * Places a call.
     *
     * @param destination the SIP URI to call, e.g. {@code sip:bob@127.0.0.1:5062}
     * @param listener receives the call's events, from the first one on
     * @return the call: CALLING, or already DISCONNECTED if pjsua reported that the INVITE could not
     *         be sent (the listener has that report, with its status code)
     * @throws IllegalArgumentException if destination is not a valid SIP URI
     * @throws PjsipException if pjsua cannot place the call (e.g. too many calls, or the INVITE
     *         could not be sent and pjsua reported nothing; no event follows then)
     * @throws IllegalStateException if the account is closed
     */
    public Call makeCall(String destination, CallListener listener) {
        return makeCall(destination, List.of(), listener);
    }

    /**
     * Places a call whose INVITE carries extra headers.
     *
     * @param destination the SIP URI to call
     * @param headers headers to add to the INVITE, in order
     * @param listener receives the call's events, from the first one on
     * @return the call: CALLING, or already DISCONNECTED if pjsua reported that the INVITE could not
     *         be sent (the listener has that report, with its status code)
     * @throws IllegalArgumentException if destination is not a valid SIP URI
     * @throws PjsipException if pjsua cannot place the call (e.g. too many calls, or the INVITE
     *         could not be sent and pjsua reported nothing; no event follows then)
     * @throws IllegalStateException if the account is closed
     */
    public Call makeCall(String destination, List<SipHeader> headers, CallListener listener) {
        Objects.requireNonNull(destination, "destination");
        List<SipHeader> hdrs = List.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(listener, "listener");
        return core.call("makeCall", () -> {
            requireOpen("makeCall");
            requireUri("destination", destination);
            return Call.place(core, this, destination, hdrs, listener);
        });
    }

    /**
     * Hangs up the account's calls, unregisters it if it was registered (waiting up to the
     * configured unregister timeout) and removes it. Idempotent.
     */
    @Override
    public void close() {
        remove("Account.close", true);
    }

    /**
     * Hangs up the account's calls and removes it without unregistering: the registrar keeps the
     * binding until it expires (e.g. to hand it over to a process that takes the account on).
     * Idempotent.
     */
    public void closeWithoutUnregistering() {
        remove("Account.closeWithoutUnregistering", false);
    }

    private void remove(String what, boolean unregister) {
        if (closed || core.isClosed()) {
            markClosed();
            return;
        }
        boolean ours;
        try {
            ours = core.call(what, () -> {
                if (closed) {
                    return false;
                }
                markClosed();
                for (Call call : core.calls.values()) {
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
            if (unregister) {
                awaitUnregistration(what);
            }
            core.run(what, () -> {
                pjsua.pj4j_acc_del_without_unregistration(id);
                core.accounts.remove(id, this);
            });
        } catch (IllegalStateException endpointClosed) {
            // pjsua_destroy removed the account meanwhile.
        }
    }

    /**
     * pjsua_acc_del only sends the unregistration; a caller that closes the account and then asks
     * the registrar would race it. So close sends it itself and waits for the outcome, at most the
     * unregister timeout (as pjsua_destroy does), without holding the endpoint's lock. A REGISTER
     * still in flight (an account closed right after it was added) makes pjsip refuse a second one;
     * its outcome is awaited first, else the binding it creates would outlive the account.
     */
    private void awaitUnregistration(String what) {
        long deadline = System.nanoTime()
                + TimeUnit.MILLISECONDS.toNanos(config.unregisterTimeout().toMillis() + UNREGISTER_SLACK_MS);
        while (true) {
            CountDownLatch anyOutcome = new CountDownLatch(1);
            CountDownLatch unregistered = new CountDownLatch(1);
            nextOutcome = anyOutcome;
            nextUnregistration = unregistered;
            Unregistering attempt = core.call(what, this::sendUnregistration);
            if (attempt == Unregistering.NOTHING_TO_UNDO) {
                return;
            }
            // Busy: the REGISTER in flight reports first. Sent: wait for the unregistration's own
            // outcome, not that of a REGISTER that was still finishing.
            CountDownLatch outcome = attempt == Unregistering.SENT ? unregistered : anyOutcome;
            try {
                if (!outcome.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    LOG.log(System.Logger.Level.WARNING, "no outcome of the unregistration of " + uri + " within "
                            + config.unregisterTimeout());
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (attempt == Unregistering.SENT) {
                return;
            }
        }
    }

    private enum Unregistering { SENT, BUSY, NOTHING_TO_UNDO }

    private Unregistering sendUnregistration() {
        try {
            pjsua.pjsua_acc_set_registration(id, false);
            return Unregistering.SENT;
        } catch (PjsipException e) {
            return e.status() == pjsua.PJSIP_EBUSY ? Unregistering.BUSY : Unregistering.NOTHING_TO_UNDO;
        }
    }

    /** On pjsip's thread: the outcome of a REGISTER pjsua sent for this account. */
    void onRegistration(RegState s) {
        registrationEvents.incrementAndGet();
        CountDownLatch any = nextOutcome;
        if (any != null) {
            any.countDown();
        }
        CountDownLatch unregistration = nextUnregistration;
        if (unregistration != null && !s.renew()) {
            unregistration.countDown();
        }
        boolean ok = s.status() == 0 && s.code() / 100 == 2;
        RegistrationEvent.Kind kind = !ok ? RegistrationEvent.Kind.FAILED
                : s.renew() && s.expiration() > 0 ? RegistrationEvent.Kind.SUCCEEDED : RegistrationEvent.Kind.ENDED;
        Optional<Instant> next = Optional.empty();
        if (kind == RegistrationEvent.Kind.SUCCEEDED) {
            retries.succeeded();
        } else if (kind == RegistrationEvent.Kind.FAILED && s.renew() && isTemporary(s)) {
            next = retries.schedule(config, s.retryAfter());
        }
        RegistrationEvent event = new RegistrationEvent(this, kind, s.code(), s.reason(),
                kind == RegistrationEvent.Kind.SUCCEEDED ? s.expiration() : 0,
                kind == RegistrationEvent.Kind.SUCCEEDED ? s.contact() : "", s.contacts(), next, s.status());
        deliver(event, firstRegistration);
    }

    /**
     * The failures pjsua itself retries: those that may pass without the user doing anything. No
     * response at all arrives as pjsip's own 408 (timeout) or 503 (transport failure). A rejected
     * password is 401/403 with a non-zero status, and is final.
     */
    private static boolean isTemporary(RegState s) {
        int code = s.code();
        return code == 408 || code == 480 || code == 500 || code == 502 || code == 503 || code == 504
                || code / 100 == 6;
    }

    private void retryRegistration() {
        try {
            core.run("registration retry", () -> {
                if (!closed && retries.due()) {
                    sendRegistration(true, true);
                }
            });
        } catch (IllegalStateException endpointClosed) {
            // nothing left to register
        }
    }

    /**
     * pjsua_acc_set_registration. When the REGISTER cannot even be sent (e.g. the registrar's TCP port
     * refuses), pjsua may or may not have reported that through on_reg_state2 before returning the
     * error. Reported: the event stands. Not reported: the error becomes a FAILED event (503, as
     * pjsip reports transport failures) with a retry, or, for an explicit request, an exception.
     */
    private void sendRegistration(boolean register, boolean failureAsEvent) {
        long before = registrationEvents.get();
        try {
            pjsua.pjsua_acc_set_registration(id, register);
        } catch (PjsipException e) {
            if (registrationEvents.get() != before) {
                return;
            }
            if (!failureAsEvent) {
                throw e;
            }
            onRegistration(new RegState(e.status(), 503, e.statusText(), 0, List.of(), "", -1, register));
        }
    }

    private void deliver(RegistrationEvent event, CompletableFuture<RegistrationEvent> done) {
        events.execute(() -> {
            try {
                listener.onRegistration(event);
            } finally {
                done.complete(event);
            }
        });
    }

    void onMessage(InstantMessage message) {
        events.execute(() -> listener.onMessage(message));
    }

    void onIncomingCall(Call call) {
        listener.onIncomingCall(call);
    }

    void markClosed() {
        closed = true;
        retries.want(false);
    }

    private void requireOpen(String what) {
        if (closed) {
            throw new IllegalStateException(what + ": account " + uri + " is closed");
        }
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + Redact.uri(uri) + (closed ? ", closed" : "") + "]";
    }
}
