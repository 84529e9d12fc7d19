package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The library loads once per JVM, so load failures are tried in a child JVM. */
class NativeLoadFailureTest {
    /** Runs in the child JVM. */
    public static final class Probe {
        public static void main(String[] args) {
            try {
                org.pjsua4j.raw.pjsua.pjsua_get_state();
                System.out.println("LOADED");
            } catch (UnsatisfiedLinkError e) {
                System.out.println("FAILED " + e.getMessage());
            }
        }
    }

    @Test
    void anExplicitPathThatDoesNotExistIsNamedAndNotFallenBackFrom() throws Exception {
        String out = runProbe("-Dpjsua4j.library.path=/nonexistent/libpjsua4j.so");
        assertTrue(out.startsWith("FAILED "), out);
        assertTrue(out.contains("pjsua4j.library.path=/nonexistent/libpjsua4j.so"), out);
    }

    @Test
    void theCopyOnTheClasspathLoadsWithoutAnyLibraryPath() throws Exception {
        assertEquals("LOADED", runProbe("-Djava.library.path=/nonexistent").trim());
    }

    private static String runProbe(String property) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), property, "-cp",
                System.getProperty("java.class.path"), Probe.class.getName()))
                .redirectErrorStream(false).start();
        p.getErrorStream().transferTo(OutputStream.nullOutputStream());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
