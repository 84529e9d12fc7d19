package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pjsua4j.raw.pjsua.*;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Kamailio;

/** Every pjsua_acc_* function, called the way C code calls it. */
class RawAccountTest extends RawPjsua {
    private static final long T = 10;

    private static int add(String id) {
        try (pjsua_acc_config ac = new pjsua_acc_config()) {
            pjsua_acc_config_default(ac);
            ac.setId(id);
            loopbackRtp(ac);
            return pjsua_acc_add(ac, false);
        }
    }

    @Test
    void configDefaultAndDup() {
        SWIGTYPE_p_pj_pool_t pool = pjsua_pool_create("dup", 512, 512);
        try (pjsua_acc_config src = new pjsua_acc_config(); pjsua_acc_config dst = new pjsua_acc_config()) {
            pjsua_acc_config_default(src);
            assertEquals(PJSUA_REG_INTERVAL, src.getReg_timeout());
            assertEquals(PJSUA_REG_RETRY_INTERVAL, src.getReg_retry_interval());
            assertTrue(src.getRegister_on_acc_add());
            src.setId("sip:dup@127.0.0.1");
            src.setProxy_cnt(1);
            src.set_proxy(0, "sip:127.0.0.1:5999;lr");
            src.setCred_count(1);
            src.get_cred_info(0).setUsername("dup-user");

            pjsua_acc_config_dup(pool, dst, src);
            src.setId("sip:changed@127.0.0.1");
            src.get_cred_info(0).setUsername("changed");

            assertEquals("sip:dup@127.0.0.1", dst.getId());
            assertEquals(1, dst.getProxy_cnt());
            assertEquals("sip:127.0.0.1:5999;lr", dst.get_proxy(0));
            assertEquals("dup-user", dst.get_cred_info(0).getUsername());
        } finally {
            pj_pool_release(pool);
        }
    }

    @Test
    void localAccountsTakeTheirUriFromTheTransport() {
        int overUdp = pjsua_acc_add_local(udp, false);
        int overTcp = pjsua_acc_add_local(tcp, true);
        assertEquals(2, pjsua_acc_get_count());
        assertArrayEquals(new int[] {overUdp, overTcp}, pjsua_enum_accs());
        assertTrue(pjsua_acc_is_valid(overUdp) && pjsua_acc_is_valid(overTcp));
        assertFalse(pjsua_acc_is_valid(overTcp + 1));
        assertEquals(overTcp, pjsua_acc_get_default());
        try (pjsua_acc_info info = new pjsua_acc_info()) {
            pjsua_acc_get_info(overUdp, info);
            assertEquals("<sip:127.0.0.1:" + port(udp) + ">", info.getAcc_uri());
            pjsua_acc_get_info(overTcp, info);
            assertEquals("<sip:127.0.0.1:" + port(tcp) + ";transport=TCP>", info.getAcc_uri());
            assertTrue(info.getIs_default());
        }
    }

    @Test
    void defaultAccountAndOutgoingLookup() {
        int alice = add("sip:alice@127.0.0.1");
        int bob = add("\"Bob\" <sip:bob@example.org>");
        assertEquals(bob, pjsua_acc_find_for_outgoing("sip:someone@example.org"));
        assertEquals(alice, pjsua_acc_find_for_outgoing("sip:someone@127.0.0.1"));
        assertEquals(alice, pjsua_acc_get_default(), "the first account added");
        pjsua_acc_set_default(bob);
        assertEquals(bob, pjsua_acc_get_default());
        assertEquals(bob, pjsua_acc_find_for_outgoing("sip:someone@elsewhere.invalid"), "no match: the default");
        pjsua_acc_set_user_data(alice, 0xA11CEL);
        assertEquals(0xA11CEL, pjsua_acc_get_user_data(alice));
    }

    @Test
    void accountSnapshotMatchesTheInfoStructTextByteForByte() {
        int zoe = add("\"Zo\u00eb\" <sip:zoe@127.0.0.1>");
        try (pjrpid_element rpid = new pjrpid_element()) {
            rpid.setType(PJRPID_ELEMENT_TYPE_PERSON);
            rpid.setNote("Zo\u00eb \uD83C\uDFA7 busy");
            pjsua_acc_set_online_status2(zoe, true, rpid);
        }
        long owned = NativeBridge.ownedStringCount();
        AccountSnapshot snap = pj4j_acc_snapshot(zoe);
        try (pjsua_acc_info info = new pjsua_acc_info()) {
            pjsua_acc_get_info(zoe, info);
            assertEquals(new AccountSnapshot(info.getId(), info.getAcc_uri(), info.getIs_default(), info.getHas_registration(),
                    info.getStatus(), info.getStatus_text(), info.getExpires(), info.getOnline_status(),
                    info.getOnline_status_text()), snap);
        }
        assertEquals("\"Zo\u00eb\" <sip:zoe@127.0.0.1>", snap.accUri());
        assertEquals("does not register", snap.statusText(), "ASCII, made a String natively");
        assertEquals("Zo\u00eb \uD83C\uDFA7 busy", snap.onlineStatusText());
        assertEquals(owned, NativeBridge.ownedStringCount(), "a snapshot holds no native copies");
        pjsua_acc_del(zoe);
        PjsipException e = assertThrows(PjsipException.class, () -> pj4j_acc_snapshot(zoe));
        assertTrue(e.getMessage().contains("pj4j_acc_snapshot"), e.getMessage());
    }

    @Test
    void infoAndEnumInfoStayReadableAfterTheAccountIsGone() {
        int alice = add("sip:alice@127.0.0.1");
        int bob = add("sip:bob@127.0.0.1");
        try (pjrpid_element rpid = new pjrpid_element()) {
            rpid.setType(PJRPID_ELEMENT_TYPE_PERSON);
            rpid.setActivity(PJRPID_ACTIVITY_BUSY);
            rpid.setNote("In a meeting");
            pjsua_acc_set_online_status2(alice, true, rpid);
        }
        pjsua_acc_set_online_status(bob, false);

        long owned = NativeBridge.ownedStringCount();
        pjsua_acc_info single = new pjsua_acc_info();
        pjsua_acc_get_info(alice, single);
        pjsua_acc_info[] all = pjsua_acc_enum_info();
        try {
            assertEquals(2, all.length);
            pjsua_acc_del(alice);
            pjsua_acc_del(bob);

            assertEquals("sip:alice@127.0.0.1", single.getAcc_uri());
            assertTrue(single.getOnline_status());
            assertEquals("In a meeting", single.getOnline_status_text());
            assertEquals("In a meeting", single.getRpid().getNote());
            assertEquals(PJRPID_ACTIVITY_BUSY, single.getRpid().getActivity());
            assertFalse(single.getHas_registration());
            assertEquals(List.of("sip:alice@127.0.0.1", "sip:bob@127.0.0.1"),
                    List.of(all[0].getAcc_uri(), all[1].getAcc_uri()));
            assertEquals(alice, all[0].getId());
            assertFalse(all[1].getOnline_status());
            assertEquals("Offline", all[1].getOnline_status_text());
        } finally {
            single.close();
            for (pjsua_acc_info info : all) {
                info.close();
            }
        }
        assertEquals(owned, NativeBridge.ownedStringCount(), "every info's copies freed with it, once");
        assertThrows(IllegalStateException.class, single::getAcc_uri, "closed proxy");
    }

    @Test
    void modifyChangesTheContact() {
        int carol = add("sip:carol@127.0.0.1");
        SWIGTYPE_p_pj_pool_t pool = pjsua_pool_create("contact", 512, 512);
        try {
            String contact = pjsua_acc_create_uac_contact(pool, carol, "sip:someone@127.0.0.1");
            assertTrue(contact.startsWith("<sip:carol@127.0.0.1:" + port(udp)), contact);
            contact = pjsua_acc_create_uac_contact(pool, carol, "sip:someone@127.0.0.1;transport=tcp");
            assertTrue(contact.startsWith("<sip:carol@127.0.0.1:" + port(tcp) + ";transport=TCP"), contact);

            try (pjsua_acc_config ac = new pjsua_acc_config()) {
                pjsua_acc_get_config(carol, pool, ac);
                ac.setId("sip:carol2@127.0.0.1");
                ac.setContact_uri_params(";pjsua4j=yes");
                pjsua_acc_modify(carol, ac);
            }
            contact = pjsua_acc_create_uac_contact(pool, carol, "sip:someone@127.0.0.1");
            assertTrue(contact.contains("carol2") && contact.contains(";pjsua4j=yes"), contact);
            try (pjsua_acc_info info = new pjsua_acc_info()) {
                pjsua_acc_get_info(carol, info);
                assertEquals("sip:carol2@127.0.0.1", info.getAcc_uri());
            }
        } finally {
            pj_pool_release(pool);
        }
    }

    @Test
    void setTransportSendsTheAccountsRequestsThroughIt() throws Exception {
        int frank = add("sip:frank@127.0.0.1");
        pjsua_acc_set_transport(frank, tcp);
        try (java.net.ServerSocket peer = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            peer.setSoTimeout((int) TimeUnit.SECONDS.toMillis(T));
            // No transport parameter: without set_transport this would go over UDP.
            pjsua_acc_send_request(frank, "sip:probe@127.0.0.1:" + peer.getLocalPort(), "OPTIONS", null, 1L, null);
            try (java.net.Socket s = peer.accept()) {
                s.setSoTimeout((int) TimeUnit.SECONDS.toMillis(T));
                byte[] head = s.getInputStream().readNBytes(8);
                assertEquals("OPTIONS ", new String(head, StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void createRequestBuildsARequestFromTheAccount() throws Exception {
        int dave = add("sip:dave@127.0.0.1");
        try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"));
                pjsip_method options = new pjsip_method()) {
            peer.setSoTimeout((int) TimeUnit.SECONDS.toMillis(T));
            options.setId(PJSIP_OPTIONS_METHOD);
            options.setName("OPTIONS");
            String target = "sip:probe@127.0.0.1:" + peer.getLocalPort();

            SWIGTYPE_p_pjsip_tx_data dropped = pjsua_acc_create_request(dave, options, target);
            pjsip_tx_data_dec_ref(dropped);

            SWIGTYPE_p_pjsip_tx_data tdata = pjsua_acc_create_request(dave, options, target);
            pjsip_endpt_send_request(pjsua_get_pjsip_endpt(), tdata, -1);
            DatagramPacket p = new DatagramPacket(new byte[4096], 4096);
            peer.receive(p);
            String msg = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
            assertTrue(msg.startsWith("OPTIONS " + target + " SIP/2.0\r\n"), msg);
            assertTrue(msg.contains("\r\nFrom: <sip:dave@127.0.0.1>;tag="), msg);
        }
        assertThrows(NullPointerException.class, () -> pjsip_endpt_send_request(pjsua_get_pjsip_endpt(), null, -1));
    }

    @Test
    void sendRequestReportsTheFinalResponse() throws Exception {
        BlockingQueue<List<Object>> done = new LinkedBlockingQueue<>();
        PjsuaCallbacks.install(new PjsuaCallback() {
            @Override
            public void on_acc_send_request(int acc_id, long token, int code, String reason) {
                done.add(List.of(acc_id, token, code, reason));
            }
        });
        int erin = add("sip:erin@127.0.0.1");
        // pjsua answers OPTIONS itself.
        pjsua_acc_send_request(erin, "sip:127.0.0.1:" + port(udp), "OPTIONS", null, 77L, null);
        assertEquals(List.of(erin, 77L, 200, "OK"), done.poll(T, TimeUnit.SECONDS));
        // A TCP port nobody listens on. As in C, pjsip may report the failure both ways: the
        // callback (pjsip's own 503) and, when the connection is refused at once, an error return.
        int port;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = closed.getLocalPort();
        }
        PjsipException thrown = null;
        try {
            pjsua_acc_send_request(erin, "sip:127.0.0.1:" + port + ";transport=tcp", "OPTIONS", null, 78L, null);
        } catch (PjsipException e) {
            thrown = e;
        }
        List<Object> failed = done.poll(thrown == null ? T : 1, TimeUnit.SECONDS);
        assertTrue(thrown != null || failed != null, "the failure is reported somehow");
        if (failed != null) {
            assertEquals(78L, failed.get(1), String.valueOf(failed));
            assertTrue((int) failed.get(2) >= 400, String.valueOf(failed));
        }
    }

    @Test
    void incomingRequestLookups() throws Exception {
        CompletableFuture<List<Object>> seen = new CompletableFuture<>();
        int local = localAccount(udp, true);
        int erin = add("sip:erin@127.0.0.1");
        PjsuaCallbacks.install(new PjsuaCallback() {
            @Override
            public void on_incoming_call(int acc_id, int call_id, SWIGTYPE_p_pjsip_rx_data rdata) {
                SWIGTYPE_p_pj_pool_t pool = pjsua_pool_create("uas", 512, 512);
                try {
                    seen.complete(List.of(acc_id, pjsua_acc_find_for_incoming(rdata),
                            pjsua_acc_create_uas_contact(pool, acc_id, rdata)));
                } catch (RuntimeException e) {
                    seen.completeExceptionally(e);
                } finally {
                    pj_pool_release(pool);
                }
                pjsua_call_hangup(call_id, 486, null, null);
            }
        });
        pjsua_call_make_call(local, "sip:erin@127.0.0.1:" + port(udp), null, 0L, null);
        List<Object> got = seen.get(T, TimeUnit.SECONDS);
        assertEquals(erin, got.get(0));
        assertEquals(erin, got.get(1));
        assertTrue(((String) got.get(2)).contains("erin@127.0.0.1:" + port(udp)), String.valueOf(got));
        assertEquals("pjsua_acc_find_for_incoming: rdata must not be null",
                assertThrows(NullPointerException.class, () -> pjsua_acc_find_for_incoming(null)).getMessage());
    }

    @Test
    void registrationAndUnregistrationTheCWay() throws Exception {
        BlockingQueue<RegState> states = new LinkedBlockingQueue<>();
        PjsuaCallbacks.install(new PjsuaCallback() {
            @Override
            public void on_reg_state2(int acc_id, RegState info) {
                states.add(info);
            }
        });
        try (Kamailio kamailio = Kamailio.start(Map.of("gina", "gina-pw"), 60, 600)) {
            int gina;
            try (pjsua_acc_config ac = new pjsua_acc_config()) {
                pjsua_acc_config_default(ac);
                ac.setId("sip:gina@" + kamailio.domain());
                ac.setReg_uri("sip:" + kamailio.domain());
                ac.setCred_count(1);
                pjsip_cred_info ci = ac.get_cred_info(0);
                ci.setRealm("*");
                ci.setScheme("digest");
                ci.setUsername("gina");
                ci.setData_type(PJSIP_CRED_DATA_PLAIN_PASSWD);
                ci.setData("gina-pw");
                gina = pjsua_acc_add(ac, false);
            }
            RegState registered = states.poll(T, TimeUnit.SECONDS);
            assertEquals(200, registered.code(), String.valueOf(registered));
            assertTrue(registered.renew());
            assertTrue(registered.expiration() > 0 && registered.expiration() <= 300, String.valueOf(registered));
            assertTrue(registered.contact().contains("127.0.0.1:" + port(udp)), String.valueOf(registered));
            assertEquals(1, registered.contacts().size());
            try (pjsua_acc_info info = new pjsua_acc_info()) {
                pjsua_acc_get_info(gina, info);
                assertTrue(info.getHas_registration());
                assertEquals(200, info.getStatus());
                assertNotEquals(-1L, info.getExpires());
            }

            pjsua_acc_set_registration(gina, false);
            RegState ended = states.poll(T, TimeUnit.SECONDS);
            assertEquals(200, ended.code(), String.valueOf(ended));
            assertFalse(ended.renew());
            assertEquals(List.of(), kamailio.contacts("gina"));
        }
    }
}
