package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ListenerErrors.logging(): a listener's exception is logged as an error, with its stack, and not rethrown. */
class ListenerErrorsTest {
    private final Logger logger = Logger.getLogger("org.pjsua4j"); // held: JUL keeps loggers weakly
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private boolean parentHandlers;

    @BeforeEach
    void capture() {
        parentHandlers = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false); // keep the expected stack trace off the console
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(parentHandlers);
    }

    @Test
    void reportsAsSevereWithTheThrownAttachedAndDoesNotThrow() {
        RuntimeException thrown = new IllegalStateException("listener failed");

        assertDoesNotThrow(() -> ListenerErrors.logging().report(thrown));

        assertEquals(1, records.size());
        LogRecord r = records.get(0);
        assertEquals(Level.SEVERE, r.getLevel());
        assertSame(thrown, r.getThrown());
        assertEquals("org.pjsua4j", r.getLoggerName());
    }

    @Test
    void reportsErrorsToo() {
        StackOverflowError thrown = new StackOverflowError("deep listener");

        assertDoesNotThrow(() -> ListenerErrors.logging().report(thrown));

        assertEquals(1, records.size());
        assertSame(thrown, records.get(0).getThrown());
    }
}
