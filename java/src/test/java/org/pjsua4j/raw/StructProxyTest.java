package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import org.junit.jupiter.api.Test;

/** Struct proxies: owned strings, closing, bounds, without pjsua running. */
class StructProxyTest {
    @Test
    void stringMembersRoundTripIncludingNonAscii() {
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua_acc_config_default(ac);
            String id = "\"Zoë 🎧\" <sip:zoe@127.0.0.1>";
            ac.setId(id);
            assertEquals(id, ac.getId());
            ac.set_proxy(0, "sip:127.0.0.1:5070;lr");
            assertEquals("sip:127.0.0.1:5070;lr", ac.get_proxy(0));
            ac.get_cred_info(1).setUsername("zoe");
            assertEquals("zoe", ac.get_cred_info(1).getUsername());
        }
    }

    @Test
    void ownedCopiesAreFreedWhenReassignedAndOnClose() {
        long before = NativeBridge.ownedStringCount();
        pjsua_acc_config ac = new pjsua_acc_config();
        ac.setId("sip:a@127.0.0.1");
        ac.setId("sip:b@127.0.0.1");
        ac.getRtp_cfg().setPublic_addr("127.0.0.1");
        ac.get_cred_info(0).setData("pw");
        assertEquals(before + 3, NativeBridge.ownedStringCount());
        ac.close();
        assertEquals(before, NativeBridge.ownedStringCount());
    }

    @Test
    void nestedMembersAndArrayElementsBelongToTheOutermostStruct() {
        long before = NativeBridge.ownedStringCount();
        pjsua_acc_config ac = new pjsua_acc_config();
        int last = PJSUA_ACC_MAX_PROXIES - 1;
        pjsip_cred_info cred = ac.get_cred_info(last);
        cred.setRealm("*");
        cred.setUsername("zoe");
        cred.setData("pw");
        cred.getExt().getAka().setK("key");
        ac.getRtp_cfg().setBound_addr("127.0.0.1");
        ac.set_proxy(last, "sip:127.0.0.1;lr");
        assertEquals(before + 6, NativeBridge.ownedStringCount());

        cred.setData("pw2");
        ac.get_cred_info(last).setUsername(null);
        assertEquals(before + 5, NativeBridge.ownedStringCount(), "a reassigned member frees its old copy");
        assertEquals("pw2", ac.get_cred_info(last).getData());
        assertEquals("", ac.get_cred_info(last).getUsername());
        assertEquals("key", ac.get_cred_info(last).getExt().getAka().getK());
        assertEquals("127.0.0.1", ac.getRtp_cfg().getBound_addr());
        assertEquals("sip:127.0.0.1;lr", ac.get_proxy(last));

        ac.close();
        assertEquals(before, NativeBridge.ownedStringCount());
        ac.close();
        assertEquals(before, NativeBridge.ownedStringCount(), "freed once");
    }

    @Test
    void structsClosedInAnyOrderFreeOnlyTheirOwnCopies() {
        long before = NativeBridge.ownedStringCount();
        pjsua_acc_config[] configs = new pjsua_acc_config[50];
        for (int i = 0; i < configs.length; i++) {
            configs[i] = new pjsua_acc_config();
            configs[i].setId("sip:u" + i + "@127.0.0.1");
            configs[i].get_cred_info(0).setUsername("u" + i);
        }
        assertEquals(before + 100, NativeBridge.ownedStringCount());
        for (int i = 0; i < configs.length; i += 2) {
            configs[i].close();
        }
        assertEquals(before + 50, NativeBridge.ownedStringCount());
        for (int i = 1; i < configs.length; i += 2) {
            assertEquals("sip:u" + i + "@127.0.0.1", configs[i].getId());
            assertEquals("u" + i, configs[i].get_cred_info(0).getUsername());
            configs[i].close();
        }
        assertEquals(before, NativeBridge.ownedStringCount());
    }

    @Test
    void aProxyReachedThroughAPointerMemberDoesNotHangCopiesOnTheStructItCameFrom() {
        long before = NativeBridge.ownedStringCount();
        try (pjsua_acc_config ac = new pjsua_acc_config(); pjsip_hdr elsewhere = new pjsip_hdr()) {
            pjsip_hdr head = ac.getReg_hdr_list();
            head.setName("X-Inside");
            head.setNext(elsewhere);
            pjsip_hdr next = head.getNext();
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> next.setName("X-Outside"));
            assertTrue(e.getMessage().startsWith("pjsip_hdr_name_set: "), e.getMessage());
            assertEquals("", elsewhere.getName());
            elsewhere.setName("X-Own");
            assertEquals("X-Own", next.getName());
            assertEquals(before + 2, NativeBridge.ownedStringCount());
            head.setNext(head);
        }
        assertEquals(before, NativeBridge.ownedStringCount());
    }

    @Test
    void aClosedProxyThrowsInsteadOfCrashing() {
        pjsua_acc_config ac = new pjsua_acc_config();
        ac.close();
        ac.close();
        assertThrows(IllegalStateException.class, ac::getId);
        assertThrows(IllegalStateException.class, () -> ac.setId("sip:x@y"));
        assertThrows(IllegalStateException.class, () -> pjsua_acc_config_default(ac));
        assertThrows(IllegalStateException.class, () -> ac.set_proxy(0, "sip:127.0.0.1"));
        assertThrows(IllegalStateException.class, () -> ac.get_cred_info(0));
    }

    @Test
    void sessionTimerSettingsAreAStructInTheAccountConfig() {
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            ac.setUse_timer(PJSUA_SIP_TIMER_REQUIRED);
            pjsip_timer_setting setting = ac.getTimer_setting();
            setting.setSess_expires(600);
            setting.setMin_se(120);
            assertEquals(PJSUA_SIP_TIMER_REQUIRED, ac.getUse_timer());
            assertEquals(600, ac.getTimer_setting().getSess_expires(), "a view of the member, not a copy");
            assertEquals(120, ac.getTimer_setting().getMin_se());
        }
    }

    @Test
    void arrayMembersAreBoundsChecked() {
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                    () -> ac.get_cred_info(PJSUA_ACC_MAX_PROXIES));
            assertTrue(e.getMessage().contains("pjsua_acc_config.cred_info"), e.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> ac.set_proxy(100, "sip:x"));
        }
    }

    @Test
    void constantsComeFromTheNativeHeaders() {
        assertEquals(0, PJ_SUCCESS);
        assertEquals(200, PJSIP_SC_OK);
        assertEquals(-1, PJSUA_INVALID_ID);
        assertTrue(PJSIP_INV_STATE_CONFIRMED > PJSIP_INV_STATE_CALLING);
    }

    @Test
    void nullPoolIsRefused() {
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            NullPointerException e = assertThrows(NullPointerException.class, () -> pjsua_acc_get_config(0, null, ac));
            assertEquals("pjsua_acc_get_config: pool must not be null", e.getMessage());
        }
    }
}
