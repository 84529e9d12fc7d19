package org.pjsua4j.peers;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** An external peer process and its scratch directory, both gone after {@link #stop()}. */
public final class PeerProcess {
    private final Path dir;
    private final Process process;

    public PeerProcess(Path dir, Process process) {
        this.dir = dir;
        this.process = process;
    }

    public Path dir() {
        return dir;
    }

    public Process process() {
        return process;
    }

    /**
     * Waits until the process has bound UDP {@code port} on 127.0.0.1: until then the port is still
     * free to bind here.
     */
    public void awaitUdpBound(int port) throws IOException {
        awaitUdpBound("127.0.0.1", port);
    }

    /** Waits until the process has bound UDP {@code port} on {@code host}, a loopback address. */
    void awaitUdpBound(String host, int port) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        InetAddress lo = InetAddress.getByName(host);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(process.info().command().orElse("peer") + " exited: " + logs());
            }
            try (DatagramSocket probe = new DatagramSocket(null)) {
                probe.bind(new InetSocketAddress(lo, port));
            } catch (BindException listening) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the peer to bind", e);
            }
        }
        throw new IOException("peer did not bind " + host + ":" + port + ": " + logs());
    }

    /** @return every .log and .out file of the directory, for assertion messages */
    public String logs() {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".log") || f.toString().endsWith(".out")).toList()) {
                sb.append("==> ").append(f.getFileName()).append('\n')
                        .append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            sb.append("(logs unreadable: ").append(e).append(')');
        }
        return sb.toString();
    }

    /**
     * Asks the process to quit by writing {@code command} and a line break to its standard input,
     * which then ends, gives it {@code seconds} to do so, then {@link #stop() stops} it.
     */
    public void quit(String command, int seconds) throws IOException {
        try (java.io.OutputStream console = process.getOutputStream()) {
            console.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
            console.flush();
            process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (IOException alreadyGone) {
            // the pipe closed with the process
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop();
        }
    }

    /** Terminates the process (forcibly if it lingers) and deletes the directory. */
    public void stop() throws IOException {
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
