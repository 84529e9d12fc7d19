package org.pjsua4j.internal;

import java.util.List;

/** Copies of lists the application passes, refusing null with the parameter's name (List.copyOf names nothing). */
public final class NoNulls {
    private NoNulls() {
    }

    /**
     * @param what the parameter's name, for the message
     * @param list the list
     * @param <T> the element type
     * @return an unmodifiable copy
     * @throws NullPointerException if list or one of its elements is null, naming which
     */
    public static <T> List<T> copy(String what, List<T> list) {
        if (list == null) {
            throw new NullPointerException(what);
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(what + "[" + i + "] is null");
            }
        }
        return List.copyOf(list);
    }
}
