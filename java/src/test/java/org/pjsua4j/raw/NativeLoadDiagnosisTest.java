package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A library file that exists but does not load: the failure names every cause and its fix. Each case
 * is a copy of the real library, altered the way a real system would break it, loaded by a child JVM.
 */
class NativeLoadDiagnosisTest {
    /** Runs in the child JVM. */
    public static final class Probe {
        public static void main(String[] args) {
            try {
                pjsua.pjsua_get_state();
                System.out.println("LOADED");
            } catch (UnsatisfiedLinkError e) {
                System.out.println("FAILED " + e.getMessage());
            }
        }
    }

    @Test
    void everyMissingLibraryIsNamedInOneMessage() throws Exception {
        Path lib = builtLibrary();
        byte[] bytes = Files.readAllBytes(lib);
        List<String> missing = new ArrayList<>();
        for (String name : ElfLibrary.read(lib).needed) {
            // Same length, so the string table keeps its layout; "pjx" names exist nowhere.
            String gone = "pjx" + name.substring(3);
            assertTrue(replace(bytes, "\0" + name + "\0", "\0" + gone + "\0") > 0, name);
            missing.add(gone);
        }
        assertFalse(missing.isEmpty(), "the library needs something, so the check means something");
        Path copy = Files.createTempDirectory("pjsua4j-missing").resolve(lib.getFileName());
        Files.write(copy, bytes);

        String out = probe(List.of("-D" + NativeLibraryLoader.PATH_PROPERTY + "=" + copy), List.of());
        assertTrue(out.startsWith("FAILED "), out);
        for (String name : missing) {
            assertTrue(out.contains(name + " (needed by " + lib.getFileName() + ")"), name + " named in: " + out);
        }
        assertTrue(out.contains("install the packages that provide them"), out);
    }

    /** As with Debian's libsrtp2, which needs NSS: the library a found dependency lacks is named too. */
    @Test
    void aLibraryMissingBehindAFoundOneIsNamedWithWhatNeedsIt() throws Exception {
        Path lib = builtLibrary();
        assertTrue(ElfLibrary.read(lib).needed.contains("libc.so.6"), "the library needs libc");
        Path dir = Files.createTempDirectory("pjsua4j-transitive");
        byte[] inner = Files.readAllBytes(lib);
        assertTrue(replace(inner, "\0libc.so.6\0", "\0pjxcd.so6\0") > 0);
        Files.write(dir.resolve("pjxab.so6"), inner);
        byte[] outer = Files.readAllBytes(lib);
        assertTrue(replace(outer, "\0libc.so.6\0", "\0pjxab.so6\0") > 0);
        Path copy = Files.write(dir.resolve(lib.getFileName()), outer);

        String out = probe(List.of("-D" + NativeLibraryLoader.PATH_PROPERTY + "=" + copy),
                List.of("env", "LD_LIBRARY_PATH=" + dir));
        assertTrue(out.contains("pjxcd.so6 (needed by pjxab.so6)"), out);
        assertFalse(out.contains("pjxab.so6 (needed by"), "found in LD_LIBRARY_PATH, so not missing: " + out);
    }

    @Test
    void aLibraryForAnotherMachineSaysWhichMachine() throws Exception {
        Path lib = builtLibrary();
        byte[] bytes = Files.readAllBytes(lib);
        boolean onArm = ElfLibrary.read(lib).machine.equals("aarch64");
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(18, (short) (onArm ? 62 : 183));
        Path copy = Files.createTempDirectory("pjsua4j-arch").resolve(lib.getFileName());
        Files.write(copy, bytes);

        String out = probe(List.of("-D" + NativeLibraryLoader.PATH_PROPERTY + "=" + copy), List.of());
        assertTrue(out.contains("is built for " + (onArm ? "x86_64" : "aarch64") + " but this JVM runs on "
                + (onArm ? "aarch64" : "x86_64")), out);
    }

    /** Extraction from a jar into a noexec mount (a private tmpfs in a mount namespace of the child's own). */
    @Test
    void aNoexecTempDirectoryPointsToTheTmpdirProperty() throws Exception {
        Path lib = builtLibrary();
        Path work = Files.createTempDirectory("pjsua4j-noexec");
        Path jar = work.resolve("native-only.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("native/" + NativeLibraryLoader.platform() + "/" + lib.getFileName()));
            Files.copy(lib, out);
            out.closeEntry();
        }
        Path mount = Files.createDirectory(work.resolve("noexec"));
        String out = probe(List.of("-D" + NativeLibraryLoader.TMPDIR_PROPERTY + "=" + mount),
                List.of("unshare", "-m", "sh", "-c", "mount -t tmpfs -o noexec tmpfs \"$0\" && exec \"$@\"",
                        mount.toString()), jar);
        assertTrue(out.startsWith("FAILED "), out);
        assertTrue(out.contains("extracted to " + mount + ", which is on a noexec mount: set -D"
                + NativeLibraryLoader.TMPDIR_PROPERTY + "="), out);
    }

    private static Path builtLibrary() throws Exception {
        Properties props = new Properties();
        try (var in = NativeLibraryLoader.class.getResourceAsStream("pjsua4j.properties")) {
            props.load(in);
        }
        String version = props.getProperty("version");
        String resource = "/native/" + NativeLibraryLoader.platform() + "/" + System.mapLibraryName("pjsua4j-" + version);
        return Paths.get(NativeLibraryLoader.class.getResource(resource).toURI());
    }

    private static int replace(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        int count = 0;
        outer:
        for (int i = 0; i + f.length <= bytes.length; i++) {
            for (int j = 0; j < f.length; j++) {
                if (bytes[i + j] != f[j]) {
                    continue outer;
                }
            }
            System.arraycopy(t, 0, bytes, i, t.length);
            count++;
        }
        return count;
    }

    /** The probe in a child JVM, its class path optionally led by a jar of its own. */
    private static String probe(List<String> properties, List<String> wrapper, Path... first) throws Exception {
        List<String> command = new ArrayList<>(wrapper);
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(properties);
        command.add("-cp");
        StringBuilder cp = new StringBuilder();
        for (Path p : first) {
            cp.append(p).append(java.io.File.pathSeparator);
        }
        command.add(cp + System.getProperty("java.class.path"));
        command.add(Probe.class.getName());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
