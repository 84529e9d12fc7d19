package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dump's lines as pjlib decorates them become names and values; other lines are skipped. */
class PjsipSettingsTest {
    @Test
    void decoratedSettingLinesBecomeNamesAndValues() {
        String dump = String.join("\n",
                "00:24:49.823         config.c  PJLIB (c)2008-2016 Teluu Inc.",
                "00:24:49.823         config.c  Dumping configurations:",
                "00:24:49.823         config.c   PJ_VERSION                : 2.17",
                "00:24:49.823         config.c   PJ_CC_NAME/VER_(1,2,3)    : gcc-12.2.0",
                "00:24:49.823         config.c  .. ioqueue type              : epoll",
                "00:24:49.824     sip_config.c   PJSIP_AUTH_ALLOW_MULTIPLE_AUTH_HEADER : 0",
                "00:24:49.824     sip_config.c   pjsip_cfg()->tsx.t1                         : 500",
                "00:24:49.824     sip_config.c   PJ_VERSION                : 9.9",
                "00:24:49.824     sip_config.c  Dumping PJSIP configurations:");
        Map<String, String> settings = PjsipSettings.parse(dump);
        assertEquals(List.of("PJ_VERSION", "PJ_CC_NAME/VER_(1,2,3)", "ioqueue type",
                "PJSIP_AUTH_ALLOW_MULTIPLE_AUTH_HEADER", "pjsip_cfg()->tsx.t1"), List.copyOf(settings.keySet()));
        assertEquals("2.17", settings.get("PJ_VERSION"), "the first value of a name logged twice");
        assertEquals("gcc-12.2.0", settings.get("PJ_CC_NAME/VER_(1,2,3)"));
        assertEquals("epoll", settings.get("ioqueue type"));
        assertEquals("500", settings.get("pjsip_cfg()->tsx.t1"));
        assertEquals(Map.of(), PjsipSettings.parse(""));
    }
}
