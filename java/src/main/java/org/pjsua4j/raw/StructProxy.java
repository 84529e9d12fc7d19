package org.pjsua4j.raw;

/**
 * What every generated struct proxy shares: which native struct owns the copies of the strings set
 * through it. A struct a proxy constructor allocated owns the copies made for its members, its nested
 * structs' and its array elements' included, and frees them when that proxy is closed; a proxy for a
 * member ({@code cfg.get_cred_info(1)}) views the same struct and has the same owner. A proxy for memory
 * pjsua or pjsip handed out has none, and its string setters refuse.
 *
 * <p>Proxies are not thread-safe: a struct and the proxies of its members are used by one thread at a
 * time; different structs may be used from different threads at once.
 */
public abstract class StructProxy {
    /**
     * Address of the outermost proxy-allocated struct this proxy's memory belongs to (its owner record
     * sits in front of it, pj4j_owned.c), or 0 for none. Read by the native string setters.
     */
    transient long swigOwner;

    StructProxy() {
    }

    /** A proxy a member getter returned views this struct's memory, so it shares this owner. */
    final <T> T swigAdopt(T member) {
        if (member instanceof StructProxy p && p.swigOwner == 0) {
            p.swigOwner = swigOwner;
        }
        return member;
    }
}
