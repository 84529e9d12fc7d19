package org.pjsua4j;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjsip_cred_info;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_acc_config;
import org.pjsua4j.raw.pjsua_acc_info;
import org.pjsua4j.raw.pjsua_transport_config;

/**
 * A SIP account of an {@link Endpoint}. The endpoint owns it: dropping the reference does not remove
 * it, {@link #close()} or closing the endpoint does. Calls made from or to the account belong to it
 * and are hung up when it closes. Methods may be called from any thread.
 */
public final class Account implements AutoCloseable {
    /** Media ports are drawn at random from [RTP_PORT, RTP_PORT + RTP_PORT_RANGE) to avoid collisions. */
    private static final int RTP_PORT = 20000;
    private static final int RTP_PORT_RANGE = 20000;

    private final EndpointCore core;
    private final int id;
    private final AccountConfig config;
    private final String uri;
    private final AccountListener listener;
    final SerialExecutor events;
    private final CompletableFuture<RegistrationEvent> firstRegistration = new CompletableFuture<>();
    private volatile boolean closed;

    private Account(EndpointCore core, int id, AccountConfig config, String uri, AccountListener listener) {
        this.core = core;
        this.id = id;
        this.config = config;
        this.uri = uri;
        this.listener = listener;
        this.events = new SerialExecutor(core.eventPool, core.errors);
    }

    static Account add(EndpointCore core, AccountConfig config, AccountListener listener) {
        requireUri("account id", config.id());
        if (config.registrarUri() != null) {
            requireUri("registrar", config.registrarUri());
        }
        int id;
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua.pjsua_acc_config_default(ac);
            ac.setId(config.id());
            if (config.registrarUri() != null) {
                ac.setReg_uri(config.registrarUri());
                ac.setReg_timeout(config.registrationTimeout());
                // Registration starts only once the account is known here, so no event is lost.
                ac.setRegister_on_acc_add(false);
            }
            int n = config.credentials().size();
            if (n > pjsua.PJSUA_ACC_MAX_PROXIES) {
                throw new IllegalArgumentException("at most " + pjsua.PJSUA_ACC_MAX_PROXIES + " credentials, not " + n);
            }
            ac.setCred_count(n);
            for (int i = 0; i < n; i++) {
                AccountConfig.Credential c = config.credentials().get(i);
                pjsip_cred_info ci = ac.get_cred_info(i);
                ci.setRealm(c.realm());
                ci.setScheme("digest");
                ci.setUsername(c.username());
                ci.setData_type(pjsua.PJSIP_CRED_DATA_PLAIN_PASSWD);
                ci.setData(c.password());
            }
            pinMedia(core, ac.getRtp_cfg());
            id = pjsua.pjsua_acc_add(ac, false);
        }
        Account account = new Account(core, id, config, config.id(), listener);
        core.accounts.put(id, account);
        if (config.registrarUri() != null) {
            pjsua.pjsua_acc_set_registration(id, true);
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
        String uri;
        try (pjsua_acc_info info = new pjsua_acc_info()) {
            pjsua.pjsua_acc_get_info(id, info);
            uri = info.getAcc_uri();
        }
        Account account = new Account(core, id, null, uri, listener);
        core.accounts.put(id, account);
        return account;
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
            throw new IllegalArgumentException(what + " '" + uri + "' is not a valid SIP URI (" + e.statusText() + ")", e);
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

    /** @return the configuration it was added with, or null for a userless (local) account */
    public AccountConfig config() {
        return config;
    }

    /** @return true until the account or its endpoint is closed */
    public boolean isOpen() {
        return !closed && !core.isClosed();
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
     * @return a future completed with the outcome of the account's first REGISTER (success or failure),
     *         on the account's event thread after its listener saw it; never completed for an account
     *         without a registrar
     */
    public CompletableFuture<RegistrationEvent> registration() {
        return firstRegistration.copy();
    }

    /**
     * Sends a REGISTER now (renewing the registration), or unregisters (Expires: 0) with
     * {@code false}. The outcome arrives as {@link AccountListener#onRegistration}.
     *
     * @param register true to register or renew, false to unregister
     * @throws PjsipException if the account has no registrar
     * @throws IllegalStateException if closed
     */
    public void setRegistration(boolean register) {
        core.run("setRegistration", () -> {
            requireOpen("setRegistration");
            pjsua.pjsua_acc_set_registration(id, register);
        });
    }

    /**
     * Places a call.
     *
     * @param destination the SIP URI to call, e.g. {@code sip:bob@127.0.0.1:5062}
     * @param listener receives the call's events, from the first one on
     * @return the call, in state {@link CallState#CALLING}
     * @throws IllegalArgumentException if destination is not a valid SIP URI
     * @throws PjsipException if pjsua cannot place the call (e.g. too many calls)
     * @throws IllegalStateException if the account is closed
     */
    public Call makeCall(String destination, CallListener listener) {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(listener, "listener");
        return core.call("makeCall", () -> {
            requireOpen("makeCall");
            requireUri("destination", destination);
            return Call.place(core, this, destination, listener);
        });
    }

    /**
     * Hangs up the account's calls, unregisters it if it was registered and removes it. Idempotent.
     */
    @Override
    public void close() {
        if (closed || core.isClosed()) {
            closed = true;
            return;
        }
        core.run("Account.close", () -> {
            if (closed) {
                return;
            }
            closed = true;
            for (Call call : core.calls.values()) {
                if (call.account() == this) {
                    call.hangupQuietly();
                }
            }
            pjsua.pjsua_acc_del(id);
            core.accounts.remove(id, this);
        });
    }

    void onRegistration(RegistrationEvent event) {
        events.execute(() -> {
            try {
                listener.onRegistration(event);
            } finally {
                firstRegistration.complete(event);
            }
        });
    }

    void onIncomingCall(Call call) {
        listener.onIncomingCall(call);
    }

    void markClosed() {
        closed = true;
    }

    private void requireOpen(String what) {
        if (closed) {
            throw new IllegalStateException(what + ": account " + uri + " is closed");
        }
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + uri + (closed ? ", closed" : "") + "]";
    }
}
