package org.pjsua4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The CLI's output: whole lines, flushed at once (test rigs read it through a pipe, as pjsua's
 * {@code --stdout-no-buf} asks), never interleaved between pjsip's threads and the console, and
 * copied to the telnet client of pjsua's CLI mode while one is connected (pjsua shows its log there).
 */
final class Output {
    private final PrintStream out;
    private OutputStream telnet;

    Output(PrintStream out) {
        this.out = out;
    }

    synchronized void line(String text) {
        out.println(text);
        out.flush();
        toTelnet(text + "\r\n");
    }

    /** Prints without a line end, as pjsua's prompt and its echo of a typed command. */
    synchronized void text(String text) {
        out.print(text);
        out.flush();
    }

    synchronized void attachTelnet(OutputStream client) {
        telnet = client;
    }

    synchronized void detachTelnet() {
        telnet = null;
    }

    private void toTelnet(String text) {
        if (telnet != null) {
            try {
                telnet.write(text.replace("\n", "\r\n").replace("\r\r\n", "\r\n").getBytes(StandardCharsets.UTF_8));
                telnet.flush();
            } catch (IOException e) {
                telnet = null;
            }
        }
    }
}
