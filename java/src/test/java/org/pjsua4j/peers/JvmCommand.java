package org.pjsua4j.peers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM that runs a test main class as the test JVM would run it: the same
 * class path, native library path and {@code pjsua4j.*} properties (where the peers' binaries are,
 * durations of long runs). Tests fork a JVM where a crash must be a failed assertion, not a lost run.
 */
public final class JvmCommand {
    private JvmCommand() {
    }

    /** @return a command that runs {@code main} with {@code args} on this JVM's own java */
    public static List<String> of(List<String> jvmOptions, Class<?> main, List<String> args) {
        return of(Path.of(System.getProperty("java.home")), jvmOptions, main, args);
    }

    /** @return a command that runs {@code main} with {@code args} on the JDK in {@code javaHome} */
    public static List<String> of(Path javaHome, List<String> jvmOptions, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("-Djava.library.path=" + System.getProperty("java.library.path", ""));
        System.getProperties().stringPropertyNames().stream().filter(p -> p.startsWith("pjsua4j.")).sorted()
                .forEach(p -> command.add("-D" + p + "=" + System.getProperty(p)));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(args);
        return command;
    }
}
