package org.pjsua4j.raw;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The arrays a thread reads snapshots into (native/src/pj4j_packed.c): numbers, then the end of each
 * text, in {@link #values}; the texts one after another in {@link #text}. Kept per thread, so a read
 * allocates no arrays; {@link Texts} keeps the Strings of a read for the next one to reuse.
 */
final class Packed {
    private static final ThreadLocal<Packed> PER_THREAD = ThreadLocal.withInitial(Packed::new);

    /** More than any snapshot's numbers and ends (CallSnapshot has 25). */
    final long[] values = new long[32];
    /** Grown when a read needs more; a call's texts are a few hundred bytes. */
    byte[] text = new byte[1024];

    private Packed() {
    }

    static Packed ofThisThread() {
        return PER_THREAD.get();
    }

    /** After a read that returned {@code needed} bytes: whether text held them, else it grows for a retry. */
    boolean held(int needed) {
        if (needed <= text.length) {
            return true;
        }
        text = new byte[Math.max(needed, 2 * text.length)];
        return false;
    }

    /**
     * The texts of one read, decoded. Immutable, so a reader may hand its last one to any thread;
     * a later read reuses each String whose bytes did not change, and the whole object when none did.
     */
    static final class Texts {
        private final byte[] bytes;
        private final int[] ends;
        private final String[] strings;

        private Texts(byte[] bytes, int[] ends, String[] strings) {
            this.bytes = bytes;
            this.ends = ends;
            this.strings = strings;
        }

        String get(int i) {
            return strings[i];
        }

        /** The {@code count} texts whose ends follow the first {@code first} values of p, reusing previous's. */
        static Texts decode(Packed p, int first, int count, Texts previous) {
            String[] strings = null;
            int from = 0;
            for (int i = 0; i < count; i++) {
                int to = (int) p.values[first + i];
                if (previous == null || !previous.same(i, p.text, from, to)) {
                    if (strings == null) {
                        strings = previous == null ? new String[count] : previous.strings.clone();
                    }
                    strings[i] = new String(p.text, from, to - from, StandardCharsets.UTF_8);
                }
                from = to;
            }
            if (strings == null) {
                return previous;
            }
            int[] ends = new int[count];
            for (int i = 0; i < count; i++) {
                ends[i] = (int) p.values[first + i];
            }
            return new Texts(Arrays.copyOf(p.text, from), ends, strings);
        }

        private boolean same(int i, byte[] text, int from, int to) {
            return Arrays.equals(bytes, i == 0 ? 0 : ends[i - 1], ends[i], text, from, to);
        }
    }
}
