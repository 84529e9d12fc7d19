package org.pjsua4j.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * What an endpoint's native ids and tokens stand for: accounts and calls by pjsua id, calls by the
 * token pjsua carries as their user data, requests in flight by token, and the attachments to release
 * before pjsua is destroyed. Read on pjsip's threads without locks, so every table is concurrent.
 */
final class Registry {
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");

    private final Map<Integer, RealAccount> accounts = new ConcurrentHashMap<>();
    private final Map<Integer, RealCall> calls = new ConcurrentHashMap<>();
    private final Map<Integer, RealBuddy> buddies = new ConcurrentHashMap<>();
    /** A call's token is its pjsua user data: how callbacks find a call before its id is known. */
    private final Map<Long, RealCall> callsByToken = new ConcurrentHashMap<>();
    /** Out-of-dialog requests in flight, until their final response. */
    private final Map<Long, BiConsumer<Integer, String>> requests = new ConcurrentHashMap<>();
    private final Set<Attachment> attachments = ConcurrentHashMap.newKeySet();
    /** Held while a call-to-call connection is checked against the existing ones and created. */
    private final Object connecting = new Object();
    private final AtomicLong tokens = new AtomicLong();

    long nextToken() {
        return tokens.incrementAndGet();
    }

    void add(RealAccount account) {
        accounts.put(account.id(), account);
    }

    void remove(RealAccount account) {
        accounts.remove(account.id(), account);
    }

    RealAccount account(int id) {
        return accounts.get(id);
    }

    Collection<RealAccount> accounts() {
        return accounts.values();
    }

    void add(RealBuddy buddy) {
        buddies.put(buddy.id(), buddy);
    }

    void remove(RealBuddy buddy) {
        buddies.remove(buddy.id(), buddy);
    }

    RealBuddy buddy(int id) {
        return buddies.get(id);
    }

    /** A call known by its token, until it has ended. */
    void addToken(RealCall call) {
        callsByToken.put(call.token(), call);
    }

    /** Called by whichever comes first: pjsua_call_make_call returning, or a callback for the call. */
    void bind(RealCall call, int callId) {
        calls.put(callId, call);
    }

    RealCall call(int id) {
        return calls.get(id);
    }

    RealCall callByToken(long token) {
        return callsByToken.get(token);
    }

    /** The call has ended (or was never placed): pjsua reuses its id and nothing finds it any more. */
    void forget(RealCall call) {
        calls.remove(call.id(), call);
        callsByToken.remove(call.token(), call);
    }

    Collection<RealCall> calls() {
        return calls.values();
    }

    /** @return the token to send a request with; {@code done} gets its final status */
    long expect(BiConsumer<Integer, String> done) {
        long token = nextToken();
        requests.put(token, done);
        return token;
    }

    /** The final status of the request sent with {@code token}, if it is still awaited. */
    void complete(long token, int code, String reason) {
        BiConsumer<Integer, String> done = requests.remove(token);
        if (done != null) {
            done.accept(code, reason);
        }
    }

    /** @return true if the request was still awaited (no outcome was reported for it) */
    boolean forgetRequest(long token) {
        return requests.remove(token) != null;
    }

    /** @return whether a request sent with a token still awaits its final status */
    boolean hasPendingRequests() {
        return !requests.isEmpty();
    }

    void add(Attachment attachment) {
        attachments.add(attachment);
    }

    void remove(Attachment attachment) {
        attachments.remove(attachment);
    }

    Object connectionLock() {
        return connecting;
    }

    /** Under the endpoint's write lock, before pjsua_destroy. */
    void releaseAttachments() {
        for (Attachment a : List.copyOf(attachments)) {
            try {
                a.releaseAtEndpointClose();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not release " + a, e);
            }
        }
        attachments.clear();
    }

    void clear() {
        accounts.clear();
        calls.clear();
        buddies.clear();
        callsByToken.clear();
        requests.clear();
    }
}
