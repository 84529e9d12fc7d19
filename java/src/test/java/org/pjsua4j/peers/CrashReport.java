package org.pjsua4j.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a crashed child JVM's error file (hs_err) that tells where it crashed: the problematic
 * frame, the crashing thread, its registers, its native and Java frames, and the return addresses in
 * our library found on its stack (without frame pointers the JVM cannot walk a native stack, and
 * those addresses are then all there is). A CI log keeps the test's failure message but not the file,
 * which stays on the machine that ran it.
 *
 * <p>The jar's library is stripped, so the JVM names its frames by offset only; each one is resolved
 * with {@code addr2line} against the unstripped copy the build leaves in
 * {@code target/native/native/}, when both are there.
 */
public final class CrashReport {
    private static final Path UNSTRIPPED = Path.of("target", "native", "native");
    /** A frame ({@code [lib.so+0x1234]}) or a stack slot ({@code <offset 0x1234> in /path/lib.so}) in our library. */
    private static final Pattern OUR_FRAME = Pattern.compile(
            "\\[(libpjsua4j[^+\\]/]*\\.so)\\+(0x[0-9a-f]+)\\]|<offset (0x[0-9a-f]+)> in \\S*/(libpjsua4j[^/\\s]*\\.so)");
    private static final int MAX_LINES = 120;

    private CrashReport() {
    }

    /** @return the JVM option that has a child write its error file to {@code dir}, named by {@code name} and its pid */
    public static String errorFileOption(Path dir, String name) {
        return "-XX:ErrorFile=" + dir.resolve(name + "-%p.log");
    }

    /** @return the summary of the error file {@link #errorFileOption} named for the child {@code pid}, or "" */
    public static String of(Path dir, String name, long pid) {
        return of(dir.resolve(name + "-" + pid + ".log"));
    }

    /** @return the error file's summary with our frames resolved, or "" if there is no such file */
    public static String of(Path errorFile) {
        if (!Files.isRegularFile(errorFile)) {
            return "";
        }
        try {
            List<String> kept = new ArrayList<>();
            String section = "";
            for (String line : Files.readAllLines(errorFile, StandardCharsets.ISO_8859_1)) {
                if (kept.size() >= MAX_LINES) {
                    break;
                }
                if (line.startsWith("# Problematic frame:") || line.startsWith("Current thread")
                        || line.startsWith("# C ") || line.startsWith("# J ") || line.startsWith("# V ")
                        || line.startsWith("siginfo:")) {
                    kept.add(resolve(line));
                } else if (line.startsWith("Native frames:") || line.startsWith("Java frames:")
                        || line.startsWith("Registers:") || line.startsWith("Stack slot to memory mapping:")) {
                    section = line;
                    kept.add(line);
                } else if (line.isBlank() && !section.startsWith("Stack slot")) {
                    section = "";
                } else if (section.startsWith("Stack slot")) {
                    if (line.startsWith("Lock stack") || line.startsWith("---")) {
                        section = "";
                    } else if (OUR_FRAME.matcher(line).find()) {
                        kept.add(resolve(line));
                    }
                } else if (!section.isEmpty()) {
                    kept.add(resolve(line));
                }
            }
            return "\n--- " + errorFile + " ---\n" + String.join("\n", kept) + "\n";
        } catch (IOException e) {
            return "\n--- " + errorFile + " unreadable: " + e + "\n";
        }
    }

    private static String resolve(String line) {
        Matcher m = OUR_FRAME.matcher(line);
        if (!m.find()) {
            return line;
        }
        boolean frame = m.group(1) != null;
        Path library = UNSTRIPPED.resolve(frame ? m.group(1) : m.group(4));
        String offset = frame ? m.group(2) : m.group(3);
        if (!Files.isRegularFile(library)) {
            return line;
        }
        try {
            Process p = new ProcessBuilder("addr2line", "-f", "-i", "-p", "-C", "-e", library.toString(), offset)
                    .redirectErrorStream(true).start();
            String where = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || where.isEmpty()) {
                return line;
            }
            return line + "  <- " + where.replace("\n", " / ");
        } catch (IOException noAddr2line) {
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return line;
        }
    }
}
