package org.pjsua4j.raw;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the dynamic linker would look for a library's DT_NEEDED entries, searched the way it does
 * (LD_LIBRARY_PATH, then /etc/ld.so.conf's directories, then the system ones), so one failed load can
 * name every library that is missing, transitively, not only the first one ld.so gave up on.
 */
final class SystemLibraries {
    private final List<Path> dirs;

    private SystemLibraries(List<Path> dirs) {
        this.dirs = dirs;
    }

    static SystemLibraries forMachine(String machine) {
        Set<Path> dirs = new LinkedHashSet<>();
        String ldPath = System.getenv("LD_LIBRARY_PATH");
        if (ldPath != null) {
            for (String d : ldPath.split(":")) {
                if (!d.isEmpty()) {
                    dirs.add(Paths.get(d));
                }
            }
        }
        readConf(Paths.get("/etc/ld.so.conf"), dirs, 0);
        String triplet = machine + "-linux-gnu";
        for (String d : List.of("/lib/" + triplet, "/usr/lib/" + triplet, "/lib64", "/usr/lib64", "/lib", "/usr/lib")) {
            dirs.add(Paths.get(d));
        }
        return new SystemLibraries(List.copyOf(dirs));
    }

    /**
     * Every library the given one needs, directly or through another, that is not found for its machine:
     * missing name to the library that needs it.
     */
    Map<String, String> missingFor(Path library, ElfLibrary elf) {
        Map<String, String> missing = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<Map.Entry<String, List<String>>> todo = new ArrayDeque<>();
        todo.add(Map.entry(library.getFileName().toString(), elf.needed));
        while (!todo.isEmpty()) {
            Map.Entry<String, List<String>> next = todo.poll();
            for (String name : next.getValue()) {
                if (!seen.add(name)) {
                    continue;
                }
                ElfLibrary found = find(name, elf.machine);
                if (found == null) {
                    missing.put(name, next.getKey());
                } else {
                    todo.add(Map.entry(name, found.needed));
                }
            }
        }
        return missing;
    }

    private ElfLibrary find(String name, String machine) {
        for (Path dir : dirs) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                try {
                    ElfLibrary lib = ElfLibrary.read(candidate);
                    if (lib.machine.equals(machine)) {
                        return lib;
                    }
                } catch (IOException e) {
                    // Not a library ld.so could use either (a linker script, unreadable): look further.
                }
            }
        }
        return null;
    }

    private static void readConf(Path conf, Set<Path> dirs, int depth) {
        List<String> lines;
        try {
            lines = Files.readAllLines(conf);
        } catch (IOException e) {
            return;
        }
        for (String raw : lines) {
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.startsWith("include ") && depth < 4) {
                Path pattern = Paths.get(line.substring("include ".length()).trim());
                Path dir = pattern.isAbsolute() ? pattern.getParent() : conf.resolveSibling(pattern).getParent();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, pattern.getFileName().toString())) {
                    List<Path> sorted = new ArrayList<>();
                    files.forEach(sorted::add);
                    sorted.sort(null);
                    sorted.forEach(f -> readConf(f, dirs, depth + 1));
                } catch (IOException e) {
                    // An include whose directory is absent adds nothing, as for ldconfig.
                }
            } else if (line.startsWith("/")) {
                dirs.add(Paths.get(line));
            }
        }
    }
}
