package org.pjsua4j.sweep;

import java.util.function.Supplier;

/**
 * One argument value of a case: a label for the case's name and how to make the value when the case
 * runs (a fresh struct, the fixture's current call).
 */
record Arg(String label, Supplier<Object> make) {
    static Arg of(String label, Object value) {
        return new Arg(label, () -> value);
    }

    static Arg lazy(String label, Supplier<Object> make) {
        return new Arg(label, make);
    }
}
