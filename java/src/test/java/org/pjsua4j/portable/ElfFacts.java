package org.pjsua4j.portable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What binutils' readelf says about one shared library: its NEEDED entries, the glibc symbol versions it
 * asks for, the symbols it defines for others, and its sections. readelf reads any architecture's ELF,
 * so the aarch64 library is checked on an x86_64 machine too.
 */
record ElfFacts(List<String> needed, List<String> glibcVersions, List<String> exported, List<String> sections) {
    private static final Pattern NEEDED = Pattern.compile("\\(NEEDED\\)\\s+Shared library: \\[([^]]+)]");
    private static final Pattern GLIBC = Pattern.compile("Name: (GLIBC_[0-9.]+)");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*\\d+]\\s+(\\S+)", Pattern.MULTILINE);

    static ElfFacts of(Path library) throws IOException, InterruptedException {
        List<String> needed = all(NEEDED, readelf("-d", library));
        List<String> glibc = new ArrayList<>(new TreeSet<>(all(GLIBC, readelf("-V", library))));
        List<String> exported = new ArrayList<>();
        // --dyn-syms: Num: Value Size Type Bind Vis Ndx Name; defined ones have a section index, not UND.
        for (String line : readelf("--dyn-syms", "-W", library).split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 8 && f[0].endsWith(":") && !f[6].equals("UND") && !f[6].equals("Ndx")
                    && !f[3].equals("SECTION") && !f[7].isEmpty()) {
                exported.add(f[7].replaceAll("@.*", ""));
            }
        }
        List<String> sections = all(SECTION, readelf("-S", "-W", library));
        return new ElfFacts(needed, glibc, exported, sections);
    }

    /** @return the newest glibc version asked for, e.g. "GLIBC_2.31" */
    Optional<String> newestGlibc() {
        return glibcVersions.stream().max(ElfFacts::compareVersions);
    }

    static int compareVersions(String a, String b) {
        String[] x = a.substring("GLIBC_".length()).split("\\.");
        String[] y = b.substring("GLIBC_".length()).split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String readelf(Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("readelf"));
        for (Object a : args) {
            command.add(a.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command + " failed: " + out);
        }
        return out;
    }
}
