package org.pjsua4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.pjsua4j.AudioRecording;
import org.pjsua4j.raw.pjsua;

/** A pjsua WAV recorder fed by one call. */
final class WavRecording extends Attachment implements AudioRecording {
    private static final Duration HEADER_WAIT = Duration.ofSeconds(2);

    private final int recorder;
    private final Path file;

    private WavRecording(EndpointCore core, RealCall call, int recorder, Path file) {
        super(core, List.of(call));
        this.recorder = recorder;
        this.file = file;
    }

    /** Under the endpoint's lock while the call has audio, possibly between two streams. */
    static WavRecording start(EndpointCore core, RealCall call, Path file) {
        int recorder = MediaFiles.create("record to", file,
                () -> pjsua.pjsua_recorder_create(file.toString(), 0, null, -1, 0));
        return started(new WavRecording(core, call, recorder, file));
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    void attach(RealCall call, int callPort) {
        pjsua.pjsua_conf_connect(callPort, pjsua.pjsua_recorder_get_conf_port(recorder));
    }

    @Override
    void destroy() {
        pjsua.pjsua_recorder_destroy(recorder);
    }

    @Override
    String describe() {
        return file.toString();
    }

    @Override
    public void close() {
        stop("AudioRecording.close");
        // Whoever stopped it (this call, the call's end, another thread), the file is complete when
        // close returns; a complete header is seen at the first read.
        if (released()) {
            awaitHeader();
        }
    }

    /**
     * pjsua_recorder_destroy only queues the port's removal; the conference bridge's clock thread
     * removes it on its next tick, and the WAV writer fills in the header's sizes (zero until then)
     * when the port is finally released.
     */
    private void awaitHeader() {
        long deadline = System.nanoTime() + HEADER_WAIT.toNanos();
        while (System.nanoTime() < deadline && !core.isClosed()) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(8);
                if (head.length == 8 && (head[4] | head[5] | head[6] | head[7]) != 0) {
                    return;
                }
                Thread.sleep(5);
            } catch (IOException e) {
                return; // the file is gone or unreadable: nothing to wait for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
