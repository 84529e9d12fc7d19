package org.pjsua4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * pjsua's CLI over telnet ({@code --use-cli --cli-telnet-port=N}): one client at a time reads the log
 * and types CLI commands, until one of them sends {@code shutdown}. It listens on 127.0.0.1 only, as
 * anyone who reaches the port controls the phone.
 */
final class TelnetFront {
    private final ServerSocket server;

    TelnetFront(int port) throws IOException {
        server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
    }

    /**
     * Serves clients until {@code shutdown}.
     *
     * @return the client that sent {@code shutdown}, still attached to {@code out} so that it reads
     *         the lines of the shutdown; the caller closes it
     */
    Socket run(Console console, Output out) throws IOException {
        try (ServerSocket s = server) {
            while (true) {
                Socket client = s.accept();
                out.attachTelnet(client.getOutputStream());
                if (!serve(client, console)) {
                    return client;
                }
                out.detachTelnet();
                client.close();
            }
        }
    }

    private static boolean serve(Socket client, Console console) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.strip().equals("quit") || line.strip().equals("exit")) {
                return true;
            }
            if (!console.cli(line)) {
                return false;
            }
        }
        return true;
    }
}
