package org.pjsua4j.raw;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why a library file that exists did not load, with the fix for each known cause: the dynamic linker
 * names one missing library per attempt, so the file's ELF headers are read and every missing library
 * is named at once; a library built for another machine; a temp directory on a noexec mount; a glibc
 * older than the library needs.
 */
final class LoadFailureDiagnosis {
    private LoadFailureDiagnosis() {
    }

    /**
     * @param library the file System.load was given
     * @param extractedTo the directory it was extracted to from the jar, or null when loaded in place
     * @param error what System.load threw
     * @return the causes found and their fixes, each a sentence; empty when none is recognised
     */
    static List<String> of(Path library, Path extractedTo, UnsatisfiedLinkError error) {
        List<String> causes = new ArrayList<>();
        String message = String.valueOf(error.getMessage());
        if (extractedTo != null && (message.contains("failed to map segment") || NoexecMounts.isNoexec(extractedTo))) {
            causes.add("the library was extracted to " + extractedTo + ", which is on a noexec mount: set -D"
                    + NativeLibraryLoader.TMPDIR_PROPERTY + "=<a directory on a mount that allows executables>");
        }
        if (message.contains("version `GLIBC_")) {
            causes.add("this system's C library (glibc) is older than the library needs: run on a newer Linux"
                    + " or use a pjsua4j build for it");
        }
        ElfLibrary elf;
        try {
            elf = ElfLibrary.read(library);
        } catch (IOException e) {
            causes.add("cannot read " + library + " as a shared library (" + e.getMessage() + ")");
            return causes;
        }
        String jvmArch = NativeLibraryLoader.platform().replaceFirst("^[^-]*-", "");
        if (!elf.machine.equals(jvmArch)) {
            causes.add(library.getFileName() + " is built for " + elf.machine + " but this JVM runs on " + jvmArch
                    + " (os.arch=" + System.getProperty("os.arch") + "): use the library for " + jvmArch);
            return causes;
        }
        Map<String, String> missing = SystemLibraries.forMachine(elf.machine).missingFor(library, elf);
        if (!missing.isEmpty()) {
            List<String> named = new ArrayList<>();
            missing.forEach((name, neededBy) -> named.add(name + " (needed by " + neededBy + ")"));
            causes.add("shared libraries missing from LD_LIBRARY_PATH, /etc/ld.so.conf and the system directories: "
                    + String.join(", ", named) + ": install the packages that provide them");
        }
        return causes;
    }
}
