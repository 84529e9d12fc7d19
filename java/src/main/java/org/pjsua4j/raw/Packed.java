package org.pjsua4j.raw;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The array a thread reads snapshots into (native/src/pj4j_packed.c): the numbers and then the end of
 * each text as longs in native byte order, then the texts one after another. Kept per thread, so a
 * read allocates no array; {@link Texts} keeps the Strings of a read for the next one to reuse.
 */
final class Packed {
    private static final ThreadLocal<Packed> PER_THREAD = ThreadLocal.withInitial(Packed::new);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /** Grown when a read needs more; a call's snapshot is a few hundred bytes. */
    byte[] bytes = new byte[1024];
    /** Where the texts start: after the longs of the last read. */
    private int textStart;

    private Packed() {
    }

    static Packed ofThisThread() {
        return PER_THREAD.get();
    }

    /**
     * After a read of {@code longs} numbers and ends that returned {@code needed} bytes: whether the
     * array held them, else it grows for a retry.
     */
    boolean held(int needed, int longs) {
        if (needed <= bytes.length) {
            textStart = longs * Long.BYTES;
            return true;
        }
        bytes = new byte[Math.max(needed, 2 * bytes.length)];
        return false;
    }

    long value(int i) {
        return (long) LONGS.get(bytes, i * Long.BYTES);
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
            int base = p.textStart;
            int from = 0;
            for (int i = 0; i < count; i++) {
                int to = (int) p.value(first + i);
                if (previous == null || !previous.same(i, p.bytes, base + from, base + to)) {
                    if (strings == null) {
                        strings = previous == null ? new String[count] : previous.strings.clone();
                    }
                    strings[i] = new String(p.bytes, base + from, to - from, StandardCharsets.UTF_8);
                }
                from = to;
            }
            if (strings == null) {
                return previous;
            }
            int[] ends = new int[count];
            for (int i = 0; i < count; i++) {
                ends[i] = (int) p.value(first + i);
            }
            return new Texts(Arrays.copyOfRange(p.bytes, base, base + from), ends, strings);
        }

        private boolean same(int i, byte[] text, int from, int to) {
            return Arrays.equals(bytes, i == 0 ? 0 : ends[i - 1], ends[i], text, from, to);
        }
    }
}
