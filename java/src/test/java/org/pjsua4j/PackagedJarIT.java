package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built jar on its own: the native library comes out of the jar (extracted to a private temp
 * directory, which is left empty), and {@code java -jar} runs the CLI's loopback demo (its call succeeds).
 */
class PackagedJarIT {
    @Test
    void theDemoRunsFromThePackagedJar() throws Exception {
        String jar = System.getProperty("pjsua4j.jar");
        assertTrue(jar != null && Files.isRegularFile(Paths.get(jar)), "pjsua4j.jar property: " + jar);
        Path tmp = Files.createTempDirectory("pjsua4j-it");
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Dpjsua4j.tmpdir=" + tmp, "-jar", jar))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("CONFIRMED") && out.contains("endpoint closed"), out);
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), "extracted library deleted after loading");
        }
    }
}
