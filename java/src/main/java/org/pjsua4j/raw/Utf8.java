package org.pjsua4j.raw;

import java.nio.charset.StandardCharsets;

/** Strings cross JNI as UTF-8 byte arrays; JNI's own string functions use modified UTF-8. */
final class Utf8 {
    private Utf8() {
    }

    static byte[] encode(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static String decode(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
