package org.pjsua4j.torture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pjsua4j.peers.JvmCommand;

/**
 * Starts a JVM on this test class path inside a network namespace of its own that has nothing but lo
 * ({@code unshare -n}, then {@code ip link set lo up}): for messages that carry non-loopback addresses,
 * whose responses must not be able to leave the machine. Needs root, util-linux and iproute2.
 */
final class NamespacedJvm {
    private NamespacedJvm() {
    }

    /**
     * @param main the class whose main method runs
     * @param args its arguments
     * @param out the file that gets its standard output
     * @param err the file that gets its standard error
     */
    static Process start(Class<?> main, List<String> args, Path out, Path err) throws IOException {
        for (String tool : List.of("unshare", "ip")) {
            assertTrue(onPath(tool), tool + " is needed for a network namespace (util-linux, iproute2: .ci/deps)");
        }
        List<String> cmd = new ArrayList<>(List.of("unshare", "-n", "sh", "-c", "ip link set lo up && exec \"$0\" \"$@\""));
        cmd.addAll(JvmCommand.of(List.of("-Xcheck:jni"), main, args));
        Files.createDirectories(out.toAbsolutePath().getParent());
        return new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
