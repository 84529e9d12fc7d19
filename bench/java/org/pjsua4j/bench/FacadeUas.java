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
 * with SIPp: {@code FacadeUas PORT}. It answers every call with 200 (null audio device, VAD off,
 * pjsua's media flowing), prints {@code ready} when it listens, and closes the endpoint when its
 * standard input ends.
 */
public final class FacadeUas {
    private FacadeUas() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        try (Endpoint endpoint = Endpoint.start(EndpointConfig.builder()
                .transport(TransportType.UDP, "127.0.0.1", port).maxCalls(UasProcess.MAX_CALLS).build())) {
            Transport udp = endpoint.transports().get(0);
            endpoint.addAccount(AccountConfig.builder(udp.uri(UasProcess.USER)).build(), new AccountListener() {
                @Override
                public void onIncomingCall(Call call) {
                    call.answer(200);
                }
            });
            UasProcess.serveUntilStdinEnds();
        }
    }
}
