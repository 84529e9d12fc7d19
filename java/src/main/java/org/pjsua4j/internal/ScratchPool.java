package org.pjsua4j.internal;

import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjsua;

/**
 * A pjsua pool for what one operation allocates and pjsua copies before the operation returns (an
 * account configuration's header list); released on close. Inside core.call only: pools come from
 * pjsua, which exists only while the endpoint is open.
 */
final class ScratchPool implements AutoCloseable {
    private final SWIGTYPE_p_pj_pool_t pool;

    ScratchPool(String name) {
        pool = pjsua.pjsua_pool_create(name, 512, 512);
        if (pool == null) {
            throw new OutOfMemoryError("pjsua_pool_create " + name);
        }
    }

    SWIGTYPE_p_pj_pool_t pool() {
        return pool;
    }

    @Override
    public void close() {
        pjsua.pj_pool_release(pool);
    }
}
