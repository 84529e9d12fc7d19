package org.pjsua4j.cli;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * pjsip's log on stdout, as pjsua shows it: the facade hands pjsip's lines to the
 * {@code org.pjsua4j.pjsip} logger, and this handler prints them. pjsua's two levels (what is logged,
 * what is shown) collapse into the lower one, and the facade maps pjsip's levels 4 to 6 all to TRACE,
 * so any level of 4 or more shows everything pjsip logs, SIP messages included.
 */
final class PjsipLog {
    private static final Logger PJSIP = Logger.getLogger("org.pjsua4j.pjsip");

    private PjsipLog() {
    }

    static void toStdout(Output out, int logLevel, int appLogLevel) {
        PJSIP.setUseParentHandlers(false);
        PJSIP.setLevel(julLevel(Math.min(logLevel, appLogLevel)));
        PJSIP.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    out.line(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
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
