package org.pjsua4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * pjsip's log as pjsua shows it: the facade hands pjsip's lines to the {@code org.pjsua4j.pjsip}
 * logger, and these handlers print them. As in pjsua, --log-level is what is logged (all of it goes to
 * --log-file) and --app-log-level what of that the console shows. The facade maps pjsip's levels 4 to
 * 6 all to TRACE, so any level of 4 or more shows everything pjsip logs, SIP messages included.
 */
final class PjsipLog {
    private static final Logger PJSIP = Logger.getLogger("org.pjsua4j.pjsip");

    private PjsipLog() {
    }

    /** @throws IllegalArgumentException naming --log-file when the file cannot be opened */
    static void start(Output out, Options options) {
        int logLevel = options.number("log-level", 5, 0, 6);
        int consoleLevel = Math.min(logLevel, options.number("app-log-level", 4, 0, 6));
        PJSIP.setUseParentHandlers(false);
        PJSIP.setLevel(julLevel(logLevel));
        PJSIP.addHandler(handler(julLevel(consoleLevel), out::line));
        if (options.has("log-file")) {
            String file = options.get("log-file", "");
            PrintStream log;
            try {
                log = new PrintStream(Files.newOutputStream(Path.of(file), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND), true, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("--log-file " + file + ": cannot open it (" + e + ")", e);
            }
            PJSIP.addHandler(handler(julLevel(logLevel), log::println));
        }
    }

    private static Handler handler(Level level, Consumer<String> sink) {
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    sink.accept(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        h.setLevel(level);
        return h;
    }

    /** The facade's mapping (pjsip 1 ERROR, 2 WARNING, 3 DEBUG, 4+ TRACE) in java.util.logging's terms. */
    private static Level julLevel(int pjLevel) {
        switch (pjLevel) {
            case 0:
                return Level.OFF;
            case 1:
                return Level.SEVERE;
            case 2:
                return Level.WARNING;
            case 3:
                return Level.FINE;
            default:
                return Level.FINEST;
        }
    }
}
