package org.pjsua4j.torture;

/**
 * One line of the RFC 4475 table: a message over one transport, what the facade and the native app
 * answered (status codes in order, "-" for none), and whether each answered the probe after it.
 */
record TortureRow(String message, String transport, String facade, String nativeApp, boolean facadeAlive,
        boolean nativeAlive) {
    private static final String TAG = "ROW";

    /** @return the line the child prints */
    String line() {
        return String.join("\t", TAG, message, transport, facade, nativeApp, String.valueOf(facadeAlive),
                String.valueOf(nativeAlive));
    }

    /** @return the row of a line the child printed, or null for any other line */
    static TortureRow parse(String line) {
        String[] f = line.split("\t");
        if (f.length != 7 || !f[0].equals(TAG)) {
            return null;
        }
        return new TortureRow(f[1], f[2], f[3], f[4], Boolean.parseBoolean(f[5]), Boolean.parseBoolean(f[6]));
    }

    /** @return the class of the final answer (2 for 2xx, ...), of the last provisional one if none, 0 for none */
    static int answerClass(String codes) {
        if (codes.equals("-")) {
            return 0;
        }
        String[] c = codes.split(" ");
        return Integer.parseInt(c[c.length - 1]) / 100;
    }
}
