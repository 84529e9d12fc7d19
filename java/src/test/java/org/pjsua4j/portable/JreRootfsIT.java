package org.pjsua4j.portable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a new user meets it: copied alone into root filesystems that hold nothing but
 * Debian's minimal base and openjdk-17-jre-headless (Debian 11 and 12 on x86_64, Debian 12 arm64
 * under qemu-user), where {@code java -jar} runs the CLI's loopback demo, whose call must connect
 * both legs and carry RTP. The root filesystems are made once by portable/debian-rootfs.sh and
 * cached outside the build tree; all are started at once, since making them is mostly waiting for
 * the archive.
 */
class JreRootfsIT {
    private static final Path PORTABLE = Paths.get(System.getProperty("pjsua4j.portableDir", "portable"));
    private static final Map<String, CompletableFuture<Path>> ROOTS = new ConcurrentHashMap<>();

    @TempDir
    static Path app;

    @BeforeAll
    static void makeRootFilesystemsAndTheApp() throws IOException {
        for (String[] r : List.of(new String[] {"bullseye-jre", "bullseye", "amd64"},
                new String[] {"bookworm-jre", "bookworm", "amd64"},
                new String[] {"bookworm-jre-arm64", "bookworm", "arm64"})) {
            ROOTS.put(r[0], CompletableFuture.supplyAsync(() -> rootfs(r[0], r[1], r[2])));
        }
        // The jar alone: without arguments its CLI runs the loopback demo.
        Files.copy(Paths.get(System.getProperty("pjsua4j.jar")), app.resolve("pjsua4j.jar"));
    }

    @AfterAll
    static void nothingStaysMounted() throws IOException {
        for (String line : Files.readAllLines(Paths.get("/proc/self/mountinfo"))) {
            assertTrue(!line.contains("/rootfs/") && !line.contains(app.toString()), "left mounted: " + line);
        }
    }

    @Test
    void theDemoCallsInDebian11WithOnlyAJre() throws Exception {
        demoIn("bullseye-jre", List.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java"));
    }

    @Test
    void theDemoCallsInDebian12WithOnlyAJre() throws Exception {
        demoIn("bookworm-jre", List.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java"));
    }

    /** The aarch64 library, cross-built, in an arm64 JRE run by an explicit qemu-user (no binfmt needed). */
    @Test
    void theDemoCallsInDebian12Arm64UnderQemu() throws Exception {
        demoIn("bookworm-jre-arm64",
                List.of("/usr/bin/qemu-aarch64-static", "/usr/lib/jvm/java-17-openjdk-arm64/bin/java"));
    }

    static void demoIn(String name, List<String> java) throws Exception {
        Path root = ROOTS.get(name).get(20, TimeUnit.MINUTES);
        List<String> command = new ArrayList<>(List.of("bash", PORTABLE.resolve("in-rootfs.sh").toString(),
                root.toString(), app + ":/app", "--"));
        command.addAll(java);
        command.addAll(List.of("-jar", "/app/pjsua4j.jar"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + ": demo finished");
        System.out.printf("%s: demo ran in %d ms%n%s%n", name, (System.nanoTime() - start) / 1_000_000, out);
        assertEquals(0, p.exitValue(), name + ": " + out);
        assertTrue(out.contains("alice    call") && out.contains("bob      call"), name + ": both legs: " + out);
        assertEquals(2, out.lines().filter(l -> l.matches("(alice|bob) +call \\d+ CONFIRMED .*")).count(),
                name + ": both legs confirmed: " + out);
        assertTrue(out.contains("endpoint closed"), name + ": " + out);
    }

    static Path rootfs(String name, String suite, String arch) {
        try {
            Process p = new ProcessBuilder("bash", PORTABLE.resolve("debian-rootfs.sh").toString(), name, suite, arch,
                    "minbase", "openjdk-17-jre-headless").redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("debian-rootfs.sh " + name + " failed");
            }
            return Paths.get(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
