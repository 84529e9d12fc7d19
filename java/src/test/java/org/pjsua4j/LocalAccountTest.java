package org.pjsua4j;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Local (userless) accounts with a configuration, calling and called over loopback. */
class LocalAccountTest extends EndpointOnLoopback {
    private static final long T = CallEvents.TIMEOUT.toMillis();

    @Test
    void aLocalAccountsCallsCarryItsSettings() throws Exception {
        Transport udp = Loopback.udp(ep);
        Account local = ep.addLocalAccount(udp, AccountConfig.builder(udp.uri(null)).require100rel(true).build(),
                new AccountListener() {
                });
        assertEquals(udp.uri(null), local.uri());
        Loopback.Answering bob = Loopback.Answering.with(200);
        Account bobs = Loopback.account(ep, "bob", bob);

        Call out = local.makeCall(bobs.uri(), new CallEvents());
        Call in = bob.firstCall.get(T, MILLISECONDS);
        assertEquals(List.of("100rel"), in.inviteHeaders("Require"), "the local account requires 100rel");
        assertEquals(CallState.CONFIRMED, out.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS).state());
    }

    @Test
    void aLocalAccountTakesCallsToItsTransport() throws Exception {
        Transport udp = Loopback.udp(ep);
        Loopback.Answering answering = Loopback.Answering.with(200);
        Account local = ep.addLocalAccount(udp, AccountConfig.builder(udp.uri(null)).build(), answering);
        local.makeCall("sip:nobody@" + udp.hostPort(), new CallEvents());
        Call in = answering.firstCall.get(T, MILLISECONDS);
        assertEquals(local, in.account());
        assertEquals(CallState.CONFIRMED, in.stateFuture(CallState.CONFIRMED).get(T, MILLISECONDS).state());
        local.update(AccountConfig.builder(udp.uri(null)).require100rel(true).build());
        assertTrue(local.config().require100rel());
    }

    @Test
    void aLocalAccountNeverRegisters() {
        Transport udp = Loopback.udp(ep);
        AccountConfig registering = AccountConfig.builder(udp.uri("x")).registrar("sip:127.0.0.1:9").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ep.addLocalAccount(udp, registering, new AccountListener() {
                }));
        assertTrue(e.getMessage().contains("does not register"), e.getMessage());
        Account local = ep.addLocalAccount(udp, AccountConfig.builder(udp.uri(null)).build(), new AccountListener() {
        });
        assertThrows(IllegalArgumentException.class, () -> local.update(registering));
        AccountConfig elsewhere = AccountConfig.builder(udp.uri(null)).transport(ep.transports().get(1)).build();
        assertThrows(IllegalArgumentException.class, () -> ep.addLocalAccount(udp, elsewhere, new AccountListener() {
        }));
    }
}
