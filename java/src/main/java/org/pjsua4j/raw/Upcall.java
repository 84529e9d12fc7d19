package org.pjsua4j.raw;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The pjsua callbacks the native bridge forwards: one constant per {@link PjsuaCallback} method, named
 * after it ({@code ON_REG_STATE2} is {@code on_reg_state2}), in the order of the C table
 * ({@code PJ4J_CALLBACKS} in native/src/pj4j_callbacks.c). A constant's bit in the callback mask is
 * {@code 1 << ordinal()}, so the order is checked against the C table when the library loads
 * ({@link #checkNativeTable}).
 */
enum Upcall {
    ON_REG_STATE2,
    ON_INCOMING_CALL,
    ON_CALL_STATE,
    ON_CALL_MEDIA_STATE,
    ON_DTMF_DIGIT2,
    ON_ACC_SEND_REQUEST,
    ON_CALL_TRANSFER_STATUS,
    ON_CALL_REDIRECTED,
    ON_CALL_REPLACED,
    ON_PAGER2,
    ON_PAGER_STATUS2,
    ON_INCOMING_SUBSCRIBE,
    ON_BUDDY_STATE,
    ON_BUDDY_EVSUB_STATE,
    ON_MWI_INFO,
    ON_CALL_TSX_STATE,
    ON_REG_STATE;

    /** The {@link PjsuaCallback} method; a constant without one fails class initialisation. */
    private final Method method;

    Upcall() {
        method = callbackMethod(name().toLowerCase(Locale.ROOT));
    }

    /** The name of the {@link PjsuaCallback} method, which is also the {@code pjsua_callback} field's. */
    String callbackName() {
        return method.getName();
    }

    int bit() {
        return 1 << ordinal();
    }

    /** Whether {@code cb}'s class overrides the interface's default (no-op) method. */
    boolean isOverriddenBy(PjsuaCallback cb) {
        try {
            return cb.getClass().getMethod(method.getName(), method.getParameterTypes()).getDeclaringClass()
                    != PjsuaCallback.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(cb.getClass() + " implements PjsuaCallback without " + method, e);
        }
    }

    /** The callbacks {@code cb} overrides, one bit each: the only ones native code calls up for. */
    static int maskOf(PjsuaCallback cb) {
        int mask = 0;
        for (Upcall u : values()) {
            if (u.isOverriddenBy(cb)) {
                mask |= u.bit();
            }
        }
        return mask;
    }

    /** The callback names in order, as the C table lists them. */
    static List<String> callbackNames() {
        return Arrays.stream(values()).map(Upcall::callbackName).toList();
    }

    /**
     * Throws unless the C table names the same callbacks in the same order.
     *
     * @param nativeNames the {@code pjsua_callback} fields of the C table, in its order
     * @throws UnsatisfiedLinkError naming the difference
     */
    static void checkNativeTable(String[] nativeNames) {
        List<String> c = List.of(nativeNames);
        List<String> java = callbackNames();
        List<String> unforwarded = Arrays.stream(PjsuaCallback.class.getMethods()).map(Method::getName)
                .filter(n -> !java.contains(n)).sorted().toList();
        if (!unforwarded.isEmpty()) {
            // Such a method would silently never be called.
            throw new UnsatisfiedLinkError("PjsuaCallback methods without an Upcall constant: " + unforwarded);
        }
        if (c.equals(java)) {
            return;
        }
        List<String> onlyC = c.stream().filter(n -> !java.contains(n)).toList();
        List<String> onlyJava = java.stream().filter(n -> !c.contains(n)).toList();
        String difference = onlyC.isEmpty() && onlyJava.isEmpty()
                ? "the same callbacks in another order: C " + c + ", Java " + java
                : "only in C " + onlyC + ", only in Java " + onlyJava;
        throw new UnsatisfiedLinkError("the native library's callback table (native/src/pj4j_callbacks.c) does not"
                + " match org.pjsua4j.raw.Upcall: " + difference);
    }

    private static Method callbackMethod(String name) {
        for (Method m : PjsuaCallback.class.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("PjsuaCallback has no method " + name + " for Upcall constant "
                + name.toUpperCase(Locale.ROOT));
    }
}
