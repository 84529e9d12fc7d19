package org.pjsua4j.torture;

import static org.pjsua4j.torture.WireRow.Kind.LINE;
import static org.pjsua4j.torture.WireRow.Kind.TEXT_BODY;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.Call;
import org.pjsua4j.CallListener;
import org.pjsua4j.DtmfMethod;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.PresenceActivity;
import org.pjsua4j.SipHeader;
import org.pjsua4j.TransportType;
import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_msg_data;

/**
 * Every text parameter of the public API (facade and the raw functions named in issue 10) that ends up
 * in a SIP message, one {@link WireRow} each: a new parameter is one more row. Not here, because they
 * never reach a message: {@code Endpoint.accountFor} (matched, not sent), {@code setCodecPriority}'s
 * codec id (matched against codec names), WAV paths, and {@code Account.update}, which takes an
 * {@link AccountConfig} whose builder the rows check.
 */
final class WireRows {
    private static final CallListener NONE = new CallListener() {
    };

    private WireRows() {
    }

    static List<WireRow> all() {
        return List.of(
                new WireRow("EndpointConfig.Builder.userAgent", "userAgent", LINE, (m, inj) -> "pjsua4j " + m + inj,
                        (f, v) -> {
                            var config = WireFixture.config().userAgent(v);
                            // Not OPTIONS: pjsua_acc_send_request adds User-Agent only when given msg_data.
                            return () -> {
                                f.restart(config.build());
                                f.alice().makeCall(f.peer.uri("busy"), NONE);
                            };
                        }),
                new WireRow("EndpointConfig.Builder.transport host", "transport host", LINE, (m, inj) -> "127.0.0.5" + inj,
                        (f, v) -> {
                            var config = EndpointConfig.builder().transport(TransportType.UDP, v, 0);
                            return () -> {
                                f.restart(config.build());
                                f.alice().sendRequest("OPTIONS", f.peer.uri("host")).get(5, TimeUnit.SECONDS);
                                f.restart(WireFixture.config().build());
                            };
                        }, (capture, m) -> capture.stream().anyMatch(c -> c.text().contains("127.0.0.5"))),
                new WireRow("AccountConfig.builder id (URI)", "account id", LINE, (m, inj) -> "sip:alice@127.0.0.1;wc=" + m + inj,
                        (f, v) -> {
                            var config = AccountConfig.builder(v);
                            return () -> f.account(config).sendRequest("OPTIONS", f.peer.uri("id"));
                        }),
                new WireRow("AccountConfig.builder id (display name)", "account id", LINE,
                        (m, inj) -> "\"Wire " + m + inj + "\" <sip:alice@127.0.0.1>",
                        (f, v) -> {
                            var config = AccountConfig.builder(v);
                            return () -> f.account(config).sendRequest("OPTIONS", f.peer.uri("dn"));
                        }),
                new WireRow("RegistrationConfig.builder registrar", "registrar", LINE, (m, inj) -> f0(m, inj),
                        (f, v) -> {
                            var config = AccountConfig.builder("sip:reg@127.0.0.1")
                                    .registration(WireFixture.registration("sip:127.0.0.1:" + f.peer.port() + v));
                            return () -> f.account(config);
                        }),
                new WireRow("AccountConfig.Builder.proxy", "proxy[0]", LINE, (m, inj) -> ";lr" + f0(m, inj),
                        (f, v) -> {
                            var config = AccountConfig.builder("sip:px@127.0.0.1").proxy("sip:127.0.0.1:" + f.peer.port() + v);
                            return () -> f.account(config).sendRequest("OPTIONS", f.peer.uri("px"));
                        }),
                new WireRow("AccountConfig.Builder.credential username", "credential username", LINE, (m, inj) -> m + inj,
                        (f, v) -> {
                            var config = registering(f, "cu").credential("*", v, "secret");
                            return () -> f.account(config);
                        }),
                new WireRow("AccountConfig.Builder.credential realm", "credential realm", LINE,
                        (m, inj) -> CapturingPeer.REALM + inj,
                        (f, v) -> {
                            var config = registering(f, "cr").credential(v, "cr", "secret");
                            return () -> f.account(config);
                        }, (capture, m) -> capture.stream().anyMatch(c -> c.header("authorization") != null)),
                new WireRow("AccountConfig.Builder.credential password", "credential password", LINE, (m, inj) -> m + inj,
                        (f, v) -> {
                            var config = registering(f, "cp").credential("*", "cp", v);
                            return () -> f.account(config);
                        }, (capture, m) -> CapturingPeer.digestOf(m, capture)),
                new WireRow("AccountConfig.Builder.contactParams", "contactParams", LINE, WireRows::f0,
                        (f, v) -> {
                            var config = registering(f, "cpar").contactParams(v);
                            return () -> f.account(config);
                        }),
                new WireRow("AccountConfig.Builder.contactUriParams", "contactUriParams", LINE, WireRows::f0,
                        (f, v) -> {
                            var config = registering(f, "cup").contactUriParams(v);
                            return () -> f.account(config);
                        }),
                new WireRow("Account.makeCall destination", "destination", LINE, WireRows::f0,
                        (f, v) -> () -> f.alice().makeCall(f.peer.uri("busy") + v, NONE)),
                new WireRow("SipHeader name (Account.makeCall headers)", "SIP header name", LINE, (m, inj) -> "X-Wc-" + m + inj,
                        (f, v) -> {
                            List<SipHeader> headers = List.of(new SipHeader(v, "1"));
                            return () -> f.alice().makeCall(f.peer.uri("busy"), headers, NONE);
                        }),
                new WireRow("SipHeader value (Account.makeCall headers)", "SIP header X-Wc", LINE, (m, inj) -> m + inj,
                        (f, v) -> {
                            List<SipHeader> headers = List.of(new SipHeader("X-Wc", v));
                            return () -> f.alice().makeCall(f.peer.uri("busy"), headers, NONE);
                        }),
                new WireRow("Call.hangup reason", "hangup reason", LINE, (m, inj) -> "Busy " + m + inj,
                        (f, v) -> {
                            Call in = f.ringingCall();
                            in.hangup(486, v);
                            return () -> { };
                        }),
                new WireRow("Call.redirect target", "target", LINE, (m, inj) -> "sip:elsewhere@127.0.0.1" + f0(m, inj),
                        (f, v) -> {
                            Call in = f.ringingCall();
                            in.redirect(v);
                            return () -> { };
                        }),
                new WireRow("Call.transfer target", "target", LINE, (m, inj) -> "sip:carol@127.0.0.1" + f0(m, inj),
                        (f, v) -> {
                            Call out = f.confirmedCall();
                            out.transfer(v);
                            return () -> { };
                        }),
                new WireRow("Call.sendMessage text", "message text", TEXT_BODY, (m, inj) -> "hello " + m + inj,
                        (f, v) -> {
                            Call out = f.confirmedCall();
                            out.sendMessage(v);
                            return () -> { };
                        }),
                new WireRow("Call.sendDtmf digits (SIP INFO)", "digits", LINE, (m, inj) -> "19" + inj,
                        (f, v) -> {
                            Call out = f.confirmedCall();
                            out.sendDtmf(v, DtmfMethod.SIP_INFO);
                            return () -> { };
                        }, (capture, m) -> capture.stream().anyMatch(c -> c.body().contains("Signal=9"))),
                new WireRow("Account.sendRequest method", "method", LINE, (m, inj) -> "WC" + m + inj,
                        (f, v) -> () -> f.alice().sendRequest(v, f.peer.uri("method"))),
                new WireRow("Account.sendRequest target", "target", LINE, WireRows::f0,
                        (f, v) -> () -> f.alice().sendRequest("OPTIONS", f.peer.uri("target") + v)),
                new WireRow("Account.sendMessage to", "to", LINE, WireRows::f0,
                        (f, v) -> () -> f.alice().sendMessage(f.peer.uri("to") + v, "hi")),
                new WireRow("Account.sendMessage text", "message text", TEXT_BODY, (m, inj) -> "hello " + m + inj,
                        (f, v) -> () -> f.alice().sendMessage(f.peer.uri("text"), v)),
                new WireRow("Account.setOnlineStatus note (PUBLISH)", "presence note", LINE, (m, inj) -> "away " + m + inj,
                        (f, v) -> {
                            Account a = f.account(AccountConfig.builder(f.peer.uri("pres")).publish(true));
                            return () -> a.setOnlineStatus(true, v);
                        }),
                new WireRow("Account.setOnlineStatus note with activity (PUBLISH)", "presence note", LINE,
                        (m, inj) -> "busy " + m + inj,
                        (f, v) -> {
                            Account a = f.account(AccountConfig.builder(f.peer.uri("busy")).publish(true));
                            return () -> a.setOnlineStatus(true, PresenceActivity.BUSY, v);
                        }),
                new WireRow("Account.addBuddy uri (SUBSCRIBE)", "uri", LINE, WireRows::f0,
                        (f, v) -> () -> f.alice().addBuddy(f.peer.uri("buddy") + v, (buddy, presence) -> { })),
                new WireRow("raw pj4j_msg_data_add_hdr name (pjsua_im_send)", null, LINE, (m, inj) -> "X-Wc-" + m + inj,
                        (f, v) -> rawMessage(f, v, "1", "text/plain", "hi")),
                new WireRow("raw pj4j_msg_data_add_hdr value (pjsua_im_send)", null, LINE, (m, inj) -> m + inj,
                        (f, v) -> rawMessage(f, "X-Wc", v, "text/plain", "hi")),
                new WireRow("raw pjsua_im_send mime_type", "mime_type", LINE, (m, inj) -> "text/x-" + m + inj,
                        (f, v) -> rawMessage(f, "X-Wc", "1", v, "hi")),
                new WireRow("raw pjsua_im_send content", "content", TEXT_BODY, (m, inj) -> "hello " + m + inj,
                        (f, v) -> rawMessage(f, "X-Wc", "1", "text/plain", v)),
                new WireRow("raw pjsua_im_send to", "to", LINE, WireRows::f0,
                        (f, v) -> () -> pjsua.pjsua_im_send(f.alice().id(), f.peer.uri("rawto") + v, null, "hi", null, 0)),
                new WireRow("raw pjsua_acc_send_request method", "method", LINE, (m, inj) -> "WC" + m + inj,
                        (f, v) -> () -> pjsua.pjsua_acc_send_request(f.alice().id(), f.peer.uri("rawm"), v, null, 0, null)));
    }

    /** @return a URI parameter carrying the marker, then the injection: {@code ;wc=MARKER...} */
    private static String f0(String marker, String injection) {
        return ";wc=" + marker + injection;
    }

    private static AccountConfig.Builder registering(WireFixture f, String user) {
        return AccountConfig.builder("sip:" + user + "@127.0.0.1:" + f.peer.port())
                .registration(WireFixture.registration("sip:127.0.0.1:" + f.peer.port()));
    }

    /** A MESSAGE through the raw layer, with one extra header built by pj4j_msg_data_add_hdr. */
    private static WireRow.Trigger rawMessage(WireFixture f, String name, String value, String mime, String content) {
        pjsua_msg_data md = new pjsua_msg_data();
        SWIGTYPE_p_pj_pool_t pool = pjsua.pjsua_pool_create("wirecheck", 512, 512);
        try {
            pjsua.pjsua_msg_data_init(md);
            pjsua.pj4j_msg_data_add_hdr(md, pool, name, value);
            pjsua.pjsua_im_send(f.alice().id(), f.peer.uri("raw"), mime, content, md, 0);
        } finally {
            md.close();
            pjsua.pj_pool_release(pool);
        }
        return () -> { };
    }
}
