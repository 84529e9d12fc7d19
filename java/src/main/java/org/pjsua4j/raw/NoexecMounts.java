package org.pjsua4j.raw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Whether a directory lies on a mount that forbids mapping files executable (mount option noexec). */
final class NoexecMounts {
    private NoexecMounts() {
    }

    static boolean isNoexec(Path dir) {
        Path real;
        List<String> mounts;
        try {
            real = dir.toRealPath();
            mounts = Files.readAllLines(Paths.get("/proc/self/mounts"));
        } catch (IOException e) {
            return false;
        }
        // The mount a path is on: the deepest mount point above it; of equal ones the last (mounted on top).
        boolean noexec = false;
        int depth = -1;
        for (String line : mounts) {
            String[] fields = line.split(" ");
            if (fields.length < 4) {
                continue;
            }
            Path point = Paths.get(unescape(fields[1]));
            if (real.startsWith(point) && point.getNameCount() >= depth) {
                depth = point.getNameCount();
                noexec = List.of(fields[3].split(",")).contains("noexec");
            }
        }
        return noexec;
    }

    /** /proc/self/mounts writes space, tab, newline and backslash as octal escapes. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
