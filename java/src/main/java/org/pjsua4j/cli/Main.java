package org.pjsua4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * pjsua4j's twin of pjproject's pjsua app: pjsua's options and console menu on the public facade.
 * With no argument it runs the loopback demo instead.
 */
public final class Main {
    private Main() {
    }

    /**
     * @param args pjsua's options (see {@code --help}); none for the loopback demo
     * @throws Exception when the demo or the session fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            LoopbackDemo.run();
            return;
        }
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("pjsua4j: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.has("help")) {
            System.out.print(usage());
        } else if (options.has("version")) {
            System.out.println("pjsua4j " + version());
        } else {
            int code;
            try {
                code = Session.run(options);
            } catch (IllegalArgumentException e) {
                // Options that parse but cannot go together, or that the facade refuses: usage errors too.
                System.err.println("pjsua4j: " + e.getMessage());
                code = 2;
            }
            System.exit(code);
        }
    }

    private static String usage() throws IOException {
        try (InputStream in = Main.class.getResourceAsStream("usage.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "(unpackaged build)" : version;
    }
}
