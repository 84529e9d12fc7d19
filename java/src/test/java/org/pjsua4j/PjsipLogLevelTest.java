package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_transport_config;

/**
 * pjsip's level-3 lines (here {@code pjsua_dump}'s, the same level as its call statistics) are DEBUG:
 * not published at java.util.logging's default INFO, published once the logger's level is lowered while
 * the endpoint runs, and gone again once it is raised, with no restart. Its errors show at INFO.
 */
class PjsipLogLevelTest extends EndpointOnLoopback {
    private static final Logger PJSIP = Logger.getLogger("org.pjsua4j.pjsip");
    private static final long APPLIED_WITHIN_MS = 10_000;

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (isLoggable(r)) {
                records.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level saved;

    @BeforeEach
    void capture() {
        saved = PJSIP.getLevel();
        capture.setLevel(Level.ALL);
        PJSIP.addHandler(capture);
    }

    @AfterEach
    void restore() {
        PJSIP.removeHandler(capture);
        PJSIP.setLevel(saved);
    }

    @Test
    void pjsipInfoIsDebugAndTheLevelFollowsTheLoggerAtRunTime() throws Exception {
        PJSIP.setLevel(Level.INFO);
        awaitDumpLogged(false);
        assertEquals(List.of(), belowWarning(), "nothing below WARNING at INFO");

        PJSIP.setLevel(Level.FINE);
        awaitDumpLogged(true);
        assertTrue(records.stream().allMatch(r -> r.getLevel().intValue() >= Level.FINE.intValue()),
                "at FINE (DEBUG) pjsip's level 3 shows, its TRACE levels do not");

        PJSIP.setLevel(Level.WARNING);
        awaitDumpLogged(false);
        assertEquals(List.of(), belowWarning(), "quiet again once the level is raised");
    }

    /**
     * pjsipSettings reads what pjlib and pjsip log at level 3 whatever the logger's level, without
     * logging it, and leaves the level as it found it.
     */
    @Test
    void settingsAreReadAtAnyLevelAndNeverLogged() throws Exception {
        for (Level level : List.of(Level.WARNING, Level.ALL)) {
            PJSIP.setLevel(level);
            awaitDumpLogged(level == Level.ALL);
            records.clear();
            Map<String, String> settings = ep.pjsipSettings();
            assertTrue(settings.get("PJ_VERSION").startsWith("2."), settings.toString());
            assertTrue(List.of("0", "1").contains(settings.get("PJSIP_AUTH_ALLOW_MULTIPLE_AUTH_HEADER")),
                    settings.toString());
            assertEquals("500", settings.get("pjsip_cfg()->tsx.t1"), "a runtime value, read now");
            assertTrue(settings.containsKey("ioqueue type") && settings.containsKey("PJ_CC_NAME/VER_(1,2,3)"),
                    settings.keySet().toString());
            assertTrue(settings.size() > 100, "both dumps: " + settings.size());
            assertEquals(List.of(), records.stream().map(LogRecord::getMessage).filter(m -> m.contains("PJ_VERSION")
                    || m.contains("Dumping")).toList(), "at " + level);
            awaitDumpLogged(level == Level.ALL);
        }
        ep.close();
        assertEquals("Endpoint.pjsipSettings: the Endpoint is closed",
                assertThrows(IllegalStateException.class, ep::pjsipSettings).getMessage());
    }

    /** A port another socket holds: pjsua's level-1 "bind() error" still shows at INFO. */
    @Test
    void pjsipErrorsStayVisibleAtTheDefaultLevel() throws Exception {
        PJSIP.setLevel(Level.INFO);
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
                pjsua_transport_config cfg = new pjsua_transport_config()) {
            pjsua.pjsua_transport_config_default(cfg);
            cfg.setBound_addr("127.0.0.1");
            cfg.setPort(taken.getLocalPort());
            assertThrows(PjsipException.class, () -> pjsua.pjsua_transport_create(pjsua.PJSIP_TRANSPORT_UDP, cfg));
        }
        assertTrue(records.stream().anyMatch(r -> r.getLevel() == Level.SEVERE
                && r.getMessage().contains("bind() error")),
                () -> records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList().toString());
    }

    /** Dumps until a dump's lines show (or do not show), which the level watch makes true within a second. */
    private void awaitDumpLogged(boolean wanted) throws InterruptedException {
        long deadline = System.nanoTime() + APPLIED_WITHIN_MS * 1_000_000;
        while (true) {
            records.clear();
            pjsua.pjsua_dump(false);
            boolean logged = records.stream().anyMatch(r -> r.getMessage().contains("Start dumping application states"));
            if (logged == wanted) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "pjsua_dump " + (wanted ? "never" : "still") + " logged at "
                    + PJSIP.getLevel() + " after " + APPLIED_WITHIN_MS + " ms");
            Thread.sleep(100);
        }
    }

    private List<String> belowWarning() {
        return records.stream().filter(r -> r.getLevel().intValue() < Level.WARNING.intValue())
                .map(r -> r.getLevel() + " " + r.getMessage()).toList();
    }
}
