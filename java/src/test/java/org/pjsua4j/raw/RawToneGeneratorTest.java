package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** pj4j_tonegen_*: the tone generator pjsua4j adds to the conference bridge, used from the raw layer. */
class RawToneGeneratorTest extends RawPjsua {
    private static boolean bridgeHas(int slot) {
        return Arrays.stream(pjsua_enum_conf_ports()).anyMatch(p -> p == slot);
    }

    @Test
    void aGeneratorJoinsTheBridgePlaysAndLeaves() throws Exception {
        SWIGTYPE_p_pj4j_tonegen gen = pj4j_tonegen_create();
        int slot = pj4j_tonegen_get_conf_port(gen);
        assertTrue(slot > 0, "slot 0 is the sound device: " + slot);
        assertTrue(bridgeHas(slot));
        assertFalse(pj4j_tonegen_is_busy(gen), "silent until given tones");
        pj4j_tonegen_add_tone(gen, 440, 480, 100, 0, false);
        pj4j_tonegen_add_digits(gen, "12#", 50, 50, false);
        assertTrue(pj4j_tonegen_is_busy(gen));
        pjsua_conf_connect(slot, 0);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (pj4j_tonegen_is_busy(gen) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(pj4j_tonegen_is_busy(gen), "the bridge's clock played the 400 ms through");
        pj4j_tonegen_destroy(gen);
        deadline = System.nanoTime() + 2_000_000_000L;
        while (bridgeHas(slot) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(bridgeHas(slot), "removed from the bridge");
    }

    @Test
    void badArgumentsAreErrorsNotCrashes() {
        assertEquals("pj4j_tonegen_add_tone: gen must not be null", assertThrows(NullPointerException.class,
                () -> pj4j_tonegen_add_tone(null, 440, 0, 100, 0, false)).getMessage());
        assertThrows(NullPointerException.class, () -> pj4j_tonegen_add_digits(null, "1", 100, 100, false));
        assertThrows(NullPointerException.class, () -> pj4j_tonegen_is_busy(null));
        assertThrows(NullPointerException.class, () -> pj4j_tonegen_get_conf_port(null));
        pj4j_tonegen_destroy(null);

        SWIGTYPE_p_pj4j_tonegen gen = pj4j_tonegen_create();
        try {
            assertEquals(PJ_EINVAL, assertThrows(PjsipException.class,
                    () -> pj4j_tonegen_add_tone(gen, 0, 0, 100, 0, false)).status());
            assertThrows(PjsipException.class, () -> pj4j_tonegen_add_tone(gen, 440, 0, 0, 0, false));
            assertThrows(PjsipException.class, () -> pj4j_tonegen_add_tone(gen, 440, 0, 40_000, 0, false));
            assertThrows(PjsipException.class, () -> pj4j_tonegen_add_tone(gen, 70_000, 0, 100, 0, false));
            PjsipException notDtmf = assertThrows(PjsipException.class,
                    () -> pj4j_tonegen_add_digits(gen, "1x", 100, 100, false));
            assertTrue(notDtmf.getMessage().contains("DTMF"), notDtmf.getMessage());
            assertEquals(PJ_EINVAL, assertThrows(PjsipException.class,
                    () -> pj4j_tonegen_add_digits(gen, "", 100, 100, false)).status());
            assertEquals(PJ_ETOOMANY, assertThrows(PjsipException.class,
                    () -> pj4j_tonegen_add_digits(gen, "1".repeat(PJ4J_TONEGEN_MAX_TONES), 100, 100, false)).status());
            for (int i = 0; i < PJ4J_TONEGEN_MAX_TONES; i++) {
                pj4j_tonegen_add_tone(gen, 440, 0, 100, 0, false);
            }
            assertEquals(PJ_ETOOMANY, assertThrows(PjsipException.class,
                    () -> pj4j_tonegen_add_tone(gen, 440, 0, 100, 0, false)).status());
        } finally {
            pj4j_tonegen_destroy(gen);
        }
    }
}
