package org.pjsua4j;

import java.lang.ref.Cleaner;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pjsua4j.internal.EndpointCore;
import org.pjsua4j.raw.PjsipException;

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
        return core.transports();
    }

    /**
     * Adds an account; it starts registering at once if it has a registrar.
     *
     * @param config the account configuration
     * @param listener receives the account's events
     * @return the account
     * @throws IllegalArgumentException if the id, registrar or a proxy is not a valid SIP URI: the
     *         facade checks them with pjsip's parser first (the raw {@code pjsua_acc_add} reports the
     *         same id as a {@code PjsipException} with {@code PJSIP_EINVALIDURI})
     * @throws PjsipException if pjsua refuses the account for another reason (e.g. too many accounts)
     * @throws IllegalStateException if the endpoint is closed
     */
    public Account addAccount(AccountConfig config, AccountListener listener) {
        return core.addAccount(config, listener);
    }

    /**
     * Adds a userless account for a transport ({@code pjsua_acc_add_local}): its URI is the
     * transport's address, e.g. {@code sip:127.0.0.1:5060} (without the angle brackets pjsua stores
     * it in), and it never registers; it has no {@link Account#config()}.
     *
     * @param transport one of {@link #transports()}
     * @param listener receives the account's events
     * @return the account
     * @throws IllegalArgumentException if the transport is not one of this endpoint's
     * @throws IllegalStateException if the endpoint is closed
     */
    public Account addLocalAccount(Transport transport, AccountListener listener) {
        return core.addLocalAccount(transport, listener);
    }

    /**
     * Adds a local account for a transport with a configuration, so that its calls get the
     * configuration's settings (100rel, SRTP, session timers, media timeout, Contact parameters): as
     * pjsua's local accounts, it is bound to the transport and ranks below the other accounts when
     * pjsua picks the account of an incoming request, and it never registers. Its id is the
     * configuration's, e.g. {@code AccountConfig.builder(transport.uri(null))}.
     *
     * @param transport one of {@link #transports()}
     * @param config the account's settings: no registrar, and no transport or this one
     * @param listener receives the account's events
     * @return the account; {@link Account#update} takes further configurations without a registrar
     * @throws IllegalArgumentException if the transport is not one of this endpoint's, config has a
     *         registrar or another transport, or config's URIs do not parse
     * @throws IllegalStateException if the endpoint is closed
     */
    public Account addLocalAccount(Transport transport, AccountConfig config, AccountListener listener) {
        return core.addLocalAccount(transport, config, listener);
    }

    /** @return the accounts, in no particular order */
    public List<Account> accounts() {
        return core.accounts();
    }

    /** @return the default account: the one used when no other matches, if any */
    public Optional<Account> defaultAccount() {
        return core.defaultAccount();
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
        return core.accountFor(uri);
    }

    /** Hangs up every call of every account ({@code pjsua_call_hangup_all}); their events follow. */
    public void hangupAll() {
        core.hangupAll();
    }

    /**
     * @return the audio codecs calls may use, highest priority first (the order of an SDP offer);
     *         disabled ones last
     */
    public List<Codec> codecs() {
        return core.codecs();
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
        core.setCodecPriority(codecId, priority);
    }

    /**
     * pjlib's and pjsip's settings as their dump functions print them ({@code pj_dump_config},
     * {@code pjsip_dump_config}, the first half of pjsua's {@code dd}): the compile-time ones such as
     * {@code PJSIP_AUTH_ALLOW_MULTIPLE_AUTH_HEADER} or {@code PJ_VERSION}, and pjsip's runtime
     * {@code pjsip_cfg()} values such as {@code pjsip_cfg()->tsx.t1}, read now. Code that depends on
     * how this pjproject was built can check instead of assume; none of it reaches the log.
     *
     * @return name to value, as printed and in the order printed (e.g. {@code "1"}, {@code "500"},
     *         {@code "epoll"})
     * @throws IllegalStateException if the endpoint is closed
     */
    public Map<String, String> pjsipSettings() {
        return core.pjsipSettings();
    }

    /** @return the number of calls that exist now */
    public int callCount() {
        return core.callCount();
    }

    /** @return true until {@link #close()} */
    public boolean isOpen() {
        return !core.isClosed();
    }

    /**
     * Hangs up all calls, releases what is attached to them, removes all accounts (unregistering
     * them) and destroys pjsua. Returns once pjsua is released and the resulting events have been
     * delivered to the listeners (waiting at most 5 s for them); called from a listener, it returns
     * without waiting for the other listeners to finish. Idempotent.
     */
    @Override
    public void close() {
        core.close();
        cleanable.clean();
    }
}
