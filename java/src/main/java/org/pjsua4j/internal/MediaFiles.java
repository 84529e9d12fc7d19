package org.pjsua4j.internal;

import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.WireText;

/** Opening WAV players and recorders: pjmedia's file errors become exceptions that name the file. */
final class MediaFiles {
    private MediaFiles() {
    }

    static int create(String what, Path file, IntSupplier open) {
        // pjmedia takes the name as a pj_str_t, which the raw layer only passes as one line.
        WireText.line("file", file.toString());
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".wav")) {
            throw new IllegalArgumentException("cannot " + what + " '" + file + "': only .wav files are supported");
        }
        try {
            return open.getAsInt();
        } catch (PjsipException e) {
            throw new IllegalArgumentException("cannot " + what + " '" + file + "': " + e.statusText(), e);
        }
    }
}
