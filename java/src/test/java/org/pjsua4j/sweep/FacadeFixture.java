package org.pjsua4j.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AccountListener;
import org.pjsua4j.AudioAttachment;
import org.pjsua4j.Call;
import org.pjsua4j.CallListener;
import org.pjsua4j.CallState;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.MediaStatus;
import org.pjsua4j.Tone;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/**
 * The facade objects a batch's cases run on: one endpoint on 127.0.0.1 with a caller account and
 * two callee accounts (one lets calls ring with 180, one answers 200). In the open state a case
 * whose call or account has ended gets a new one, so every case meets the receiver its name says.
 */
final class FacadeFixture {
    private static final long WAIT_S = 10;
    static final CallListener NO_CALL_EVENTS = new CallListener() {
    };
    static final AccountListener NO_ACCOUNT_EVENTS = new AccountListener() {
    };

    final Endpoint ep;
    final Path dir;
    private final Transport udp;
    private final AtomicInteger serial = new AtomicInteger();
    private Account caller;
    private final Account ringer;
    private final Account answerer;
    private volatile CompletableFuture<Call> incoming = new CompletableFuture<>();
    private Call[] ringing;
    private Call[] confirmed;
    private Call endedCall;

    FacadeFixture(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        ep = Endpoint.start(endpointConfig());
        udp = ep.transports().get(0);
        caller = account("caller", NO_ACCOUNT_EVENTS);
        ringer = account("ringer", incomingWith(180));
        answerer = account("answerer", incomingWith(200));
    }

    static EndpointConfig endpointConfig() {
        return EndpointConfig.builder().transport(TransportType.UDP, "127.0.0.1", 0).build();
    }

    /** The endpoint's transport, also once it has closed. */
    Transport udp() {
        return udp;
    }

    /** A new valid account configuration with an id of its own. */
    AccountConfig newConfig() {
        return AccountConfig.builder(udp().uri("sweep" + serial.incrementAndGet())).build();
    }

    private Account account(String user, AccountListener listener) {
        return ep.addAccount(AccountConfig.builder(udp().uri(user)).build(), listener);
    }

    private AccountListener incomingWith(int code) {
        return new AccountListener() {
            @Override
            public void onIncomingCall(Call call) {
                call.answer(code);
                incoming.complete(call);
            }
        };
    }

    synchronized Account caller() {
        if (!caller.isOpen() && ep.isOpen()) {
            caller = account("caller" + serial.incrementAndGet(), NO_ACCOUNT_EVENTS);
        }
        return caller;
    }

    /** An incoming call that rings (180), and its caller's side. */
    synchronized Call[] ringing() throws Exception {
        if (ringing == null || ended(ringing[0]) && ep.isOpen()) {
            ringing = call(ringer, false);
        }
        return ringing;
    }

    /** An outgoing call answered with 200 whose audio is active, and the callee's side. */
    synchronized Call[] confirmed() throws Exception {
        if (confirmed == null || ended(confirmed[0]) && ep.isOpen()) {
            Call[] pair = call(answerer, true);
            confirmed = new Call[] {pair[1], pair[0]};
        }
        return confirmed;
    }

    /** A call that has ended: it got no answer from port 9. */
    Call ended() throws Exception {
        if (endedCall == null) {
            endedCall = caller().makeCall("sip:sweep-ended@127.0.0.1:9", NO_CALL_EVENTS);
            end(new Call[] {endedCall, endedCall});
        }
        return endedCall;
    }

    private static boolean ended(Call c) {
        return c.state() == CallState.DISCONNECTED;
    }

    /** {incoming, outgoing}. */
    private Call[] call(Account callee, boolean active) throws Exception {
        incoming = new CompletableFuture<>();
        Call out = caller().makeCall(callee.uri(), NO_CALL_EVENTS);
        Call in = incoming.get(WAIT_S, TimeUnit.SECONDS);
        if (active) {
            out.stateFuture(CallState.CONFIRMED).get(WAIT_S, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
            while (out.info().mediaStatus() != MediaStatus.ACTIVE || in.info().mediaStatus() != MediaStatus.ACTIVE) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("sweep fixture: the call's audio did not become active");
                }
                Thread.sleep(5);
            }
        }
        return new Call[] {in, out};
    }

    /** A WAV file of its own for each use: a recording may be writing to the one used before. */
    Path freshWav() {
        try {
            return silence(dir.resolve("sweep-" + serial.incrementAndGet() + ".wav"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One attachment of each kind on a confirmed call's caller side. */
    List<Supplier<AudioAttachment>> attachmentKinds() {
        return List.of(
                () -> confirmedCall().play(freshWav(), true),
                () -> confirmedCall().record(dir.resolve("sweep-rec.wav")),
                () -> confirmedCall().playTones(List.of(Tone.of(440, Duration.ofMillis(100))), true),
                () -> confirmedCall().connectAudio(confirmedPeer()));
    }

    private Call confirmedCall() {
        try {
            return confirmed()[0];
        } catch (Exception e) {
            throw new IllegalStateException("sweep fixture: no confirmed call", e);
        }
    }

    private Call confirmedPeer() {
        try {
            return confirmed()[1];
        } catch (Exception e) {
            throw new IllegalStateException("sweep fixture: no confirmed call", e);
        }
    }

    /** Ends both calls and waits until they are over. */
    static void end(Call[] pair) throws Exception {
        pair[0].close();
        pair[1].close();
        for (Call c : pair) {
            try {
                c.stateFuture(CallState.DISCONNECTED).get(WAIT_S, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException alreadyOver) {
                // The future fails when the call had ended before it was asked for: over either way.
            }
        }
    }

    /** One second of 8 kHz 16-bit mono silence. */
    private static Path silence(Path file) throws IOException {
        int samples = 8000;
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(samples * 2);
        return Files.write(file, b.array());
    }
}
