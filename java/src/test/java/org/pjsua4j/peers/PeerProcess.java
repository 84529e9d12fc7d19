package org.pjsua4j.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** An external peer process and its scratch directory, both gone after {@link #stop()}. */
final class PeerProcess {
    private final Path dir;
    private final Process process;

    PeerProcess(Path dir, Process process) {
        this.dir = dir;
        this.process = process;
    }

    Path dir() {
        return dir;
    }

    Process process() {
        return process;
    }

    /** Terminates the process (forcibly if it lingers) and deletes the directory. */
    void stop() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        // Children (kamailio's workers) can outlive the main process briefly; they hold ports, not the dir.
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
