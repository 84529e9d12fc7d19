package org.pjsua4j.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pjsua4j.raw.pjsua;

/** pjlib's and pjsip's settings, read from the lines their dump functions log. */
final class PjsipSettings {
    /**
     * One setting line after pjlib's decoration (time, sender, thread, indent dots): a name that is a
     * macro ({@code PJ_CC_NAME/VER_(1,2,3)} included), a {@code pjsip_cfg()->} member, or pjlib's
     * "ioqueue type", then padding, a colon and the value.
     */
    private static final Pattern SETTING = Pattern.compile(
            "(?:^|[\\s.])(PJ[A-Z0-9_/(),]*|pjsip_cfg\\(\\)->\\S+|ioqueue type)\\s*: ?(.*)$");

    private PjsipSettings() {
    }

    static Map<String, String> read() {
        return parse(pjsua.pj4j_settings_dump());
    }

    /** @return the settings in the order logged; a name logged twice keeps its first value */
    static Map<String, String> parse(String dump) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : dump.split("\n")) {
            Matcher m = SETTING.matcher(line);
            if (m.find()) {
                settings.putIfAbsent(m.group(1), m.group(2).strip());
            }
        }
        return Collections.unmodifiableMap(settings);
    }
}
