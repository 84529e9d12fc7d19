package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pjsua4j.peers.Sipp;

/** Answering with each provisional code, with extra headers, checked on the wire by a SIPp caller. */
class ProvisionalAnswerTest extends EndpointOnLoopback {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(20);

    @Test
    void everyProvisionalCodeReachesTheCallerWithItsHeaders() throws Exception {
        ep.addAccount(AccountConfig.builder(Loopback.udp(ep).uri("bob")).build(), new AccountListener() {
            @Override
            public void onIncomingCall(Call call) {
                for (int code : List.of(100, 181, 182, 183)) {
                    call.answer(code, List.of(new SipHeader("X-Step", Integer.toString(code))));
                }
                call.answer(486);
            }
        });
        try (Sipp caller = Sipp.client("uac-provisional-codes.xml", "bob", Loopback.udp(ep).hostPort(), 1,
                SIPP_TIMEOUT)) {
            assertEquals(0, caller.await(SIPP_TIMEOUT), () -> "SIPp saw 100, 181, 182, 183, 486: " + caller.log());
        }
    }
}
