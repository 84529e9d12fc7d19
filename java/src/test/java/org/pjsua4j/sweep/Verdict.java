package org.pjsua4j.sweep;

import java.lang.reflect.InvocationTargetException;
import java.util.Set;
import org.pjsua4j.raw.PjsipException;

/**
 * How one case ended. A refusal "names the problem" when its type is one of {@link #REFUSAL_TYPES}
 * and its message is not blank and contains, as a word of its own (case-sensitively, bounded by
 * anything but a letter or digit), the function or method name or one of its parameter names, or, for an IllegalStateException, the simple name of the receiver's or a
 * parameter's type ("pjsua_config is closed", "Endpoint is closed"). A PjsipException names the C
 * function it came from in its message (the raw layer's own name, or the pjsua function a facade
 * method called), so for the facade a non-blank operation suffices.
 */
enum Verdict {
    ACCEPTED(false),
    REFUSED(false),
    /** Refused, but the message names neither the function nor a parameter. */
    UNNAMED(true),
    /** Refused with a type outside {@link #REFUSAL_TYPES} (OutOfMemoryError, ClassCastException, ...). */
    WRONG_TYPE(true),
    /** Returned normally with text that must not reach the wire. */
    UNSAFE_ACCEPT(true),
    /** The JVM died while the case ran (decided by the parent). */
    CRASH(true),
    /** The case did not finish in time (decided by the parent). */
    HANG(true);

    /** UnsupportedOperationException: a C array member set whole (nulls.i), which the raw layer sets per element. */
    static final Set<Class<? extends Throwable>> REFUSAL_TYPES = Set.of(IllegalArgumentException.class,
            IllegalStateException.class, NullPointerException.class, IndexOutOfBoundsException.class,
            UnsupportedOperationException.class, PjsipException.class);

    final boolean failure;

    Verdict(boolean failure) {
        this.failure = failure;
    }

    /** The verdict and a one-line detail (the exception's type and message). */
    record Judged(Verdict verdict, String detail) {
    }

    static Judged judge(SweepCase c, Throwable thrown, boolean raw) {
        Throwable t = unwrap(thrown);
        if (t == null) {
            return new Judged(c.mustRefuse() ? UNSAFE_ACCEPT : ACCEPTED, "");
        }
        String detail = t.getClass().getSimpleName() + ": " + oneLine(t.getMessage());
        if (!isRefusalType(t)) {
            return new Judged(WRONG_TYPE, detail + " at " + topFrame(t));
        }
        return new Judged(names(c, t, raw) ? REFUSED : UNNAMED, detail);
    }

    private static boolean names(SweepCase c, Throwable t, boolean raw) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return false;
        }
        if (!raw && t instanceof PjsipException p) {
            return p.operation() != null && !p.operation().isBlank();
        }
        if (c.names().stream().anyMatch(n -> containsWord(message, n))) {
            return true;
        }
        return t instanceof IllegalStateException && c.stateNames().stream().anyMatch(n -> containsWord(message, n));
    }

    static boolean containsWord(String message, String word) {
        for (int i = message.indexOf(word); i >= 0; i = message.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetterOrDigit(message.charAt(i - 1)))
                    && (end == message.length() || !Character.isLetterOrDigit(message.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRefusalType(Throwable t) {
        return REFUSAL_TYPES.stream().anyMatch(type -> type.isInstance(t));
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof InvocationTargetException || t instanceof ExceptionInInitializerError) {
            t = t.getCause();
        }
        return t;
    }

    private static String topFrame(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length == 0 ? "?" : st[0].toString();
    }

    static String oneLine(String s) {
        if (s == null) {
            return "null";
        }
        String flat = s.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
