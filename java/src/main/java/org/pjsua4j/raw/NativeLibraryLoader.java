package org.pjsua4j.raw;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Loads libpjsua4j-&lt;version&gt; once per class loader. Order: the path in {@value #PATH_PROPERTY}
 * (no fallback), then the copy inside the jar (loaded in place from a directory, or extracted to
 * {@value #TMPDIR_PROPERTY} / java.io.tmpdir from a jar), then {@code System.loadLibrary}. A failure
 * names every place tried, with each attempt's error attached as a suppressed exception, and for a
 * library file that exists but does not load, every cause {@link LoadFailureDiagnosis} finds and its fix.
 */
final class NativeLibraryLoader {
    static final String PATH_PROPERTY = "pjsua4j.library.path";
    static final String TMPDIR_PROPERTY = "pjsua4j.tmpdir";
    private static final List<String> KNOWN_PLATFORMS = List.of("linux-x86_64", "linux-aarch64");

    private static boolean loaded;
    private static boolean loading;

    private NativeLibraryLoader() {
    }

    static synchronized void load() {
        // JNI_OnLoad initialises NativeBridge, whose class init may come back here on this thread.
        if (loaded || loading) {
            return;
        }
        loading = true;
        try {
            String version = jarVersion();
            loadLibrary(version);
            String nativeVersion = NativeBridge.nativeVersion();
            if (!version.equals(nativeVersion)) {
                throw new UnsatisfiedLinkError("pjsua4j native library is version " + nativeVersion
                        + " but the jar is version " + version);
            }
            Upcall.checkNativeTable(NativeBridge.callbackNames());
            NativeBridge.applyLogLevel();
            LogLevelWatch.start();
            loaded = true;
        } finally {
            loading = false;
        }
    }

    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osPart = os.startsWith("linux") ? "linux" : os.replaceAll("[^a-z0-9]", "");
        String archPart;
        switch (arch) {
            case "amd64":
            case "x86_64":
                archPart = "x86_64";
                break;
            case "aarch64":
            case "arm64":
                archPart = "aarch64";
                break;
            default:
                archPart = arch.replaceAll("[^a-z0-9_]", "");
        }
        return osPart + "-" + archPart;
    }

    private static String jarVersion() {
        Properties props = new Properties();
        try (InputStream in = NativeLibraryLoader.class.getResourceAsStream("pjsua4j.properties")) {
            if (in == null) {
                throw new UnsatisfiedLinkError("pjsua4j.properties is missing from the jar");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading pjsua4j.properties", e);
        }
        return props.getProperty("version");
    }

    private static void loadLibrary(String version) {
        String baseName = "pjsua4j-" + version;
        String explicit = System.getProperty(PATH_PROPERTY);
        if (explicit != null) {
            try {
                loadFile(Paths.get(explicit).toAbsolutePath(), null);
                return;
            } catch (UnsatisfiedLinkError e) {
                UnsatisfiedLinkError failure = new UnsatisfiedLinkError("cannot load the pjsua4j native library from "
                        + PATH_PROPERTY + "=" + explicit + ": " + e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }

        List<String> tried = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        String resource = "/native/" + platform() + "/" + System.mapLibraryName(baseName);
        URL url = NativeLibraryLoader.class.getResource(resource);
        if (url == null) {
            tried.add("classpath " + resource + " (not present; this jar's native libraries are for "
                    + platformsInJar(version) + ")");
        } else {
            try {
                loadResource(url);
                return;
            } catch (UnsatisfiedLinkError | IOException | RuntimeException e) {
                tried.add("classpath " + url + " (" + e.getMessage() + ")");
                errors.add(e);
            }
        }
        try {
            System.loadLibrary(baseName);
            return;
        } catch (UnsatisfiedLinkError e) {
            tried.add("java.library.path " + System.mapLibraryName(baseName) + " (" + e.getMessage() + ")");
            errors.add(e);
        }
        UnsatisfiedLinkError failure = new UnsatisfiedLinkError("cannot load the pjsua4j native library for "
                + platform() + "; tried: " + String.join("; ", tried)
                + ". Set -D" + PATH_PROPERTY + "=<file> to name it directly.");
        errors.forEach(failure::addSuppressed);
        throw failure;
    }

    /** System.load, with what LoadFailureDiagnosis finds added to a failure's message. */
    private static void loadFile(Path file, Path extractedTo) {
        try {
            System.load(file.toString());
        } catch (UnsatisfiedLinkError e) {
            List<String> causes = Files.isRegularFile(file) ? LoadFailureDiagnosis.of(file, extractedTo, e) : List.of();
            if (causes.isEmpty()) {
                throw e;
            }
            UnsatisfiedLinkError explained = new UnsatisfiedLinkError(e.getMessage() + "; because "
                    + String.join("; and ", causes));
            explained.initCause(e);
            throw explained;
        }
    }

    private static String platformsInJar(String version) {
        List<String> present = new ArrayList<>();
        for (String p : KNOWN_PLATFORMS) {
            if (NativeLibraryLoader.class.getResource("/native/" + p + "/" + System.mapLibraryName("pjsua4j-" + version)) != null) {
                present.add(p);
            }
        }
        String which = present.isEmpty() ? "no platform" : String.join(", ", present);
        return which + ": run on one of those, or build pjsua4j on this machine";
    }

    private static void loadResource(URL url) throws IOException {
        if ("file".equals(url.getProtocol())) {
            try {
                loadFile(Paths.get(url.toURI()), null);
                return;
            } catch (URISyntaxException e) {
                throw new IOException("bad resource URL " + url, e);
            }
        }
        Path dir = Paths.get(System.getProperty(TMPDIR_PROPERTY, System.getProperty("java.io.tmpdir")));
        Files.createDirectories(dir);
        Path copy = Files.createTempFile(dir, "libpjsua4j-", ".so",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            loadFile(copy, dir);
        } finally {
            // The mapping stays valid after the file is gone; nothing is left behind in the temp dir.
            Files.deleteIfExists(copy);
        }
    }
}
