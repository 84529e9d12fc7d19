package org.pjsua4j.raw;

/**
 * Keeps pjlib's log level in step with the {@code org.pjsua4j.pjsip} logger while the program runs.
 * System.Logger (and so java.util.logging or SLF4J behind it) announces no level change, so a daemon
 * thread asks the logger every {@value #PERIOD_MS} ms (a few {@code isLoggable} calls) and tells pjlib
 * only when the answer differs from the last one. A level a raw caller set through
 * {@code pjsua_logging_config} therefore stands until the logger's level changes.
 */
final class LogLevelWatch {
    static final long PERIOD_MS = 500;

    private static Thread thread;

    private LogLevelWatch() {
    }

    static synchronized void start() {
        if (thread == null) {
            thread = new Thread(LogLevelWatch::watch, "pjsua4j-log-level");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void watch() {
        int seen = NativeBridge.currentLogLevel();
        while (true) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            int level = NativeBridge.currentLogLevel();
            if (level != seen) {
                NativeBridge.setLogLevel(level);
                seen = level;
            }
        }
    }
}
