package org.pjsua4j.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.Call;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/**
 * An auto-answering UAS on the facade, as an application would write one, for ProcessRun to load
 * with SIPp: {@code FacadeUas PORT [--auto-answer]}. It answers every call with 200 (null audio
 * device, VAD off, pjsua's media flowing): from its account listener's {@code onIncomingCall}, or
 * with {@code --auto-answer} by the account's {@link AccountConfig.Builder#autoAnswer} on pjsip's
 * thread, as the native app's {@code --auto-answer=200} does. It prints {@code ready} when it
 * listens, and closes the endpoint when its standard input ends.
 */
public final class FacadeUas {
    static final String AUTO_ANSWER = "--auto-answer";

    private FacadeUas() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        try (Endpoint endpoint = Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", port).maxCalls(UasProcess.MAX_CALLS).build())) {
            Transport udp = endpoint.transports().get(0);
            AccountConfig.Builder account = AccountConfig.builder(udp.uri(UasProcess.USER));
            if (args.length > 1 && args[1].equals(AUTO_ANSWER)) {
                endpoint.addAccount(account.autoAnswer(200).build(), new AccountListener() {
                });
            } else {
                endpoint.addAccount(account.build(), new AccountListener() {
                    @Override
                    public void onIncomingCall(Call call) {
                        call.answer(200);
                    }
                });
            }
            UasProcess.serveUntilStdinEnds();
        }
    }
}
