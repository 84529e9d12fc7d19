package org.pjsua4j.portable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules every native library in the packaged jar keeps (docs/portable.md): it needs nothing but
 * glibc, no glibc symbol newer than the baseline, exports only JNI entry points, and is stripped.
 */
class ShippedLibraryIT {
    static final String BASELINE = "GLIBC_2.31";
    private static final Set<String> GLIBC_LIBRARIES = Set.of("libc.so.6", "libm.so.6", "libpthread.so.0",
            "libdl.so.2", "librt.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1");
    private static final Set<String> PLATFORMS = Set.of("linux-x86_64", "linux-aarch64");

    @TempDir
    Path tmp;

    @Test
    void everyShippedLibraryNeedsOnlyGlibcUpToTheBaseline() throws Exception {
        List<String> seen = new ArrayList<>();
        try (JarFile jar = new JarFile(System.getProperty("pjsua4j.jar"))) {
            for (JarEntry e : jar.stream().filter(e -> e.getName().matches("native/[^/]+/[^/]+\\.so")).toList()) {
                Path lib = tmp.resolve(e.getName().replace('/', '_'));
                try (InputStream in = jar.getInputStream(e)) {
                    Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
                }
                check(e.getName(), ElfFacts.of(lib));
                seen.add(e.getName().split("/")[1]);
            }
        }
        assertTrue(seen.contains("linux-x86_64"), "the jar carries native/linux-x86_64: " + seen);
        assertTrue(PLATFORMS.containsAll(seen), "only known platforms: " + seen);
    }

    private static void check(String name, ElfFacts elf) {
        System.out.printf("%s: NEEDED %s, newest %s%n", name, elf.needed(), elf.newestGlibc().orElse("none"));
        for (String n : elf.needed()) {
            assertTrue(GLIBC_LIBRARIES.contains(n), name + " needs " + n + ", which is not glibc's: " + elf.needed());
        }
        for (String v : elf.glibcVersions()) {
            assertTrue(ElfFacts.compareVersions(v, BASELINE) <= 0, name + " asks for " + v + ", newer than " + BASELINE);
        }
        for (String s : elf.exported()) {
            assertTrue(s.equals("JNI_OnLoad") || s.startsWith("Java_"), name + " exports " + s);
        }
        assertTrue(elf.exported().contains("JNI_OnLoad"), name + " exports JNI_OnLoad");
        assertFalse(elf.sections().contains(".symtab"), name + " is stripped (no .symtab)");
        assertFalse(elf.sections().contains(".debug_info"), name + " carries no debug info");
        assertEquals(1, elf.sections().stream().filter(".gnu_debuglink"::equals).count(),
                name + " points at its debug file");
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(ElfFacts.compareVersions("GLIBC_2.4", "GLIBC_2.31") < 0);
        assertTrue(ElfFacts.compareVersions("GLIBC_2.34", "GLIBC_2.31") > 0);
        assertEquals(0, ElfFacts.compareVersions("GLIBC_2.2.5", "GLIBC_2.2.5"));
        assertTrue(ElfFacts.compareVersions("GLIBC_2.2.5", "GLIBC_2.3") < 0);
    }
}
