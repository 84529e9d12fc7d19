package org.pjsua4j.internal;

import java.util.List;
import org.pjsua4j.SipHeader;
import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_msg_data;

/**
 * Extra headers for one pjsua request ({@code pjsua_msg_data}), built in a pool of its own that is
 * released on close: pjsua copies the headers into the request before the call returns.
 */
final class MessageData implements AutoCloseable {
    private static final MessageData NONE = new MessageData(null, null);
    private final pjsua_msg_data data;
    private final SWIGTYPE_p_pj_pool_t pool;

    private MessageData(pjsua_msg_data data, SWIGTYPE_p_pj_pool_t pool) {
        this.data = data;
        this.pool = pool;
    }

    /** Inside core.call only: pools come from pjsua, which exists only while the endpoint is open. */
    static MessageData of(List<SipHeader> headers) {
        return withServer("", headers);
    }

    /**
     * pjsua names itself (User-Agent) in requests only; {@code product} names it in the responses of
     * a call, before the application's headers.
     */
    static MessageData withServer(String product, List<SipHeader> headers) {
        int first = product.isEmpty() ? 0 : 2;
        if (first == 0 && headers.isEmpty()) {
            return NONE;
        }
        String[] pairs = new String[first + headers.size() * 2];
        if (first > 0) {
            pairs[0] = "Server";
            pairs[1] = product;
        }
        for (int i = 0; i < headers.size(); i++) {
            pairs[first + 2 * i] = headers.get(i).name();
            pairs[first + 2 * i + 1] = headers.get(i).value();
        }
        return build(pairs);
    }

    /** The Contact of a 3xx, which {@link SipHeader} refuses because pjsip writes it in other requests. */
    static MessageData contact(String uri) {
        return build("Contact", "<" + uri + ">");
    }

    static MessageData server(String product) {
        return withServer(product, List.of());
    }

    /** A Reason header (RFC 3326), telling the peer why we end the call. */
    static MessageData reason(String value) {
        return build("Reason", value);
    }

    private static MessageData build(String... namesAndValues) {
        pjsua_msg_data data = new pjsua_msg_data();
        SWIGTYPE_p_pj_pool_t pool = pjsua.pjsua_pool_create("pj4j-hdr", 512, 512);
        MessageData md = new MessageData(data, pool);
        try {
            if (pool == null) {
                throw new OutOfMemoryError("pjsua_pool_create for SIP headers");
            }
            pjsua.pjsua_msg_data_init(data);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                pjsua.pj4j_msg_data_add_hdr(data, pool, namesAndValues[i], namesAndValues[i + 1]);
            }
            return md;
        } catch (RuntimeException | Error e) {
            md.close();
            throw e;
        }
    }

    /** @return what to pass as {@code msg_data}: null when there are no headers */
    pjsua_msg_data nativeData() {
        return data;
    }

    @Override
    public void close() {
        if (data != null) {
            data.close();
        }
        if (pool != null) {
            pjsua.pj_pool_release(pool);
        }
    }
}
