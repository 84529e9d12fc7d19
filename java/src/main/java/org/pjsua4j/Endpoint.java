package org.pjsua4j;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_codec_info;

/**
 * The SIP endpoint: one running pjsua instance with its transports, accounts and calls. pjsua allows
 * one per process, so a second {@link #start} while one is open is refused; after {@link #close()} a
 * new one may start.
 *
 * <p>Every method may be called from any thread, including listener threads. Listeners run on
 * pjsua4j's own event threads, never on pjsip's, so a slow listener cannot stall SIP processing.
 *
 * <p>The endpoint owns its accounts and their calls: closing it hangs up every call, unregisters and
 * removes every account, destroys pjsua, and delivers the resulting events before returning. An
 * Endpoint that becomes unreachable without being closed is reported (logger {@code org.pjsua4j})
 * and closed on a thread of pjsua4j's own.
 */
public final class Endpoint implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final EndpointCore core;
    private final Cleaner.Cleanable cleanable;

    private Endpoint(EndpointCore core) {
        this.core = core;
        this.cleanable = CLEANER.register(this, core::releaseLeaked);
    }

    /**
     * Starts pjsua with the given transports.
     *
     * @param config the configuration
     * @return the running endpoint
     * @throws IllegalStateException if another Endpoint is open in this process
     * @throws PjsipException if pjsua fails to start, e.g. a transport port is taken
     */
    public static Endpoint start(EndpointConfig config) {
        Objects.requireNonNull(config, "config");
        return new Endpoint(EndpointCore.open(config));
    }

    /** @return the transports, in the order they were configured */
    public List<Transport> transports() {
        return core.call("transports", core::transports);
    }

    /**
     * Adds an account; it starts registering at once if it has a registrar.
     *
     * @param config the account configuration
     * @param listener receives the account's events
     * @return the account
     * @throws IllegalArgumentException if the id or registrar is not a valid SIP URI
     * @throws PjsipException if pjsua refuses the account
     * @throws IllegalStateException if the endpoint is closed
     */
    public Account addAccount(AccountConfig config, AccountListener listener) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        return core.call("addAccount", () -> Account.add(core, config, listener));
    }

    /**
     * Adds a userless account for a transport ({@code pjsua_acc_add_local}): its URI is the
     * transport's address, e.g. {@code sip:127.0.0.1:5060}, and it never registers.
     *
     * @param transport one of {@link #transports()}
     * @param listener receives the account's events
     * @return the account
     * @throws IllegalArgumentException if the transport is not one of this endpoint's
     * @throws IllegalStateException if the endpoint is closed
     */
    public Account addLocalAccount(Transport transport, AccountListener listener) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(listener, "listener");
        return core.call("addLocalAccount", () -> {
            if (!core.transports().contains(transport)) {
                throw new IllegalArgumentException(transport + " is not a transport of this endpoint");
            }
            return Account.addLocal(core, transport, listener);
        });
    }

    /** @return the accounts, in no particular order */
    public List<Account> accounts() {
        return core.call("accounts", () -> List.copyOf(core.accounts.values()));
    }

    /** @return the default account: the one used when no other matches, if any */
    public Optional<Account> defaultAccount() {
        return core.call("defaultAccount", () -> Optional.ofNullable(core.accounts.get(pjsua.pjsua_acc_get_default())));
    }

    /**
     * The account pjsua would send a request to {@code uri} from ({@code pjsua_acc_find_for_outgoing}):
     * the one whose domain matches the URI's host, else one bound to a matching transport, else the
     * default account.
     *
     * @param uri a SIP URI, e.g. {@code sip:bob@example.org}
     * @return that account, or empty if the endpoint has none
     * @throws IllegalArgumentException if uri is not a valid SIP URI
     */
    public Optional<Account> accountFor(String uri) {
        java.util.Objects.requireNonNull(uri, "uri");
        return core.call("accountFor", () -> {
            Account.requireUri("uri", uri);
            if (core.accounts.isEmpty()) {
                return Optional.empty();
            }
            return Optional.ofNullable(core.accounts.get(pjsua.pjsua_acc_find_for_outgoing(uri)));
        });
    }

    /** Hangs up every call of every account ({@code pjsua_call_hangup_all}); their events follow. */
    public void hangupAll() {
        core.run("hangupAll", () -> {
            core.calls.values().forEach(Call::requestEnd);
            pjsua.pjsua_call_hangup_all();
        });
    }

    /**
     * @return the audio codecs calls may use, highest priority first (the order of an SDP offer);
     *         disabled ones last
     */
    public List<Codec> codecs() {
        return core.call("codecs", Endpoint::readCodecs);
    }

    private static List<Codec> readCodecs() {
        List<Codec> codecs = new ArrayList<>();
        for (pjsua_codec_info info : pjsua.pjsua_enum_codecs()) {
            try (info) {
                codecs.add(new Codec(info.getCodec_id(), info.getPriority(), info.getDesc()));
            }
        }
        codecs.sort(Comparator.comparingInt(Codec::priority).reversed());
        return List.copyOf(codecs);
    }

    /**
     * Sets the priority of the codecs whose id starts with {@code codecId}
     * ({@code pjsua_codec_set_priority}): e.g. {@code setCodecPriority("PCMU", 255)} to offer G.711
     * u-law first, or {@code setCodecPriority("speex", 0)} to disable every speex variant. Calls set
     * up afterwards use the new order.
     *
     * @param codecId a codec id or its prefix, e.g. {@code PCMU/8000/1}, {@code PCMU}
     * @param priority 0 (disable) to {@link Codec#HIGHEST_PRIORITY}
     * @throws IllegalArgumentException if priority is out of range or no codec matches codecId
     * @throws IllegalStateException if the endpoint is closed
     */
    public void setCodecPriority(String codecId, int priority) {
        Objects.requireNonNull(codecId, "codecId");
        if (codecId.isBlank()) {
            throw new IllegalArgumentException("codecId must name a codec (it matches ids by prefix), not '" + codecId + "'");
        }
        if (priority < 0 || priority > Codec.HIGHEST_PRIORITY) {
            throw new IllegalArgumentException("codec priority must be 0.." + Codec.HIGHEST_PRIORITY + ", not " + priority);
        }
        core.run("setCodecPriority", () -> {
            try {
                pjsua.pjsua_codec_set_priority(codecId, (short) priority);
            } catch (PjsipException e) {
                if (e.status() == pjsua.PJ_ENOTFOUND || e.status() == pjsua.PJ_EINVAL) {
                    throw new IllegalArgumentException("no codec matches '" + codecId + "'; these exist: "
                            + readCodecs().stream().map(Codec::id).toList(), e);
                }
                throw e;
            }
        });
    }

    /** @return the number of calls that exist now */
    public int callCount() {
        return core.call("callCount", () -> (int) pjsua.pjsua_call_get_count());
    }

    /** @return true until {@link #close()} */
    public boolean isOpen() {
        return !core.isClosed();
    }

    /**
     * Hangs up all calls, removes all accounts and destroys pjsua. Idempotent.
     */
    @Override
    public void close() {
        core.close();
        cleanable.clean();
    }
}
