package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a dependency of a plain Maven project (java/src/it/consumer): installed into a
 * private local repository with its pom, the consumer compiles against it offline (plugins come from
 * the build's own local repository, used read-only as the only remote), then runs: one loopback call,
 * and the program's own two lines are all the console shows but for pjsip's warnings and errors, since
 * pjsip's INFO chatter is DEBUG. Also
 * the sources and Javadoc jars that go beside it.
 */
class ConsumerProjectIT {
    private static final List<String> CONSUMER_OUTPUT = List.of("consumer: call confirmed", "consumer: done");

    @Test
    void aPlainMavenProjectBuildsAgainstTheJarAndItsCallPrintsOnlyItsOwnLines() throws Exception {
        Path jar = Paths.get(property("pjsua4j.jar"));
        String version = property("pjsua4j.version");
        Path work = Files.createTempDirectory("pjsua4j-consumer");
        Path repo = work.resolve("repo");
        Path installed = repo.resolve("org/pjsua4j/pjsua4j/" + version);
        Files.createDirectories(installed);
        Path installedJar = installed.resolve("pjsua4j-" + version + ".jar");
        Files.copy(jar, installedJar);
        Files.copy(Paths.get(property("pjsua4j.pom")), installed.resolve("pjsua4j-" + version + ".pom"));

        Path project = work.resolve("consumer");
        copyTree(Paths.get(property("pjsua4j.consumerProject")), project);
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, "<settings><localRepository>" + repo + "</localRepository><mirrors><mirror>"
                + "<id>build-repository</id><mirrorOf>*</mirrorOf><url>"
                + Paths.get(property("pjsua4j.buildRepository")).toUri() + "</url></mirror></mirrors></settings>");

        Path mvn = Paths.get(property("maven.home"), "bin", "mvn");
        String build = run(project, mvn.toString(), "-B", "-q", "-s", settings.toString(),
                "-Dpjsua4j.version=" + version, "compile");
        assertTrue(Files.isRegularFile(project.resolve("target/classes/consumer/Main.class")), build);

        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        String out = run(project, java.toString(), "-Dpjsua4j.tmpdir=" + work, "-cp",
                project.resolve("target/classes") + File.pathSeparator + installedJar, "consumer.Main");
        assertEquals(CONSUMER_OUTPUT, withoutPjsipProblems(out.lines().toList()), out);
    }

    /**
     * The console less pjsip's warnings and errors, which stay visible by design (an RTP port another
     * process holds is an error line before pjsua tries the next one) in java.util.logging's default
     * two-line format.
     */
    private static List<String> withoutPjsipProblems(List<String> lines) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(" org.pjsua4j.raw.NativeBridge onLog") && i + 1 < lines.size()
                    && (lines.get(i + 1).startsWith("WARNING: ") || lines.get(i + 1).startsWith("SEVERE: "))) {
                i++;
            } else {
                rest.add(lines.get(i));
            }
        }
        return rest;
    }

    /** What {@code mvn install} puts beside the jar: its sources, and Javadoc that carries pjsua.h's. */
    @Test
    void theSourcesAndJavadocJarsAreAttached() throws Exception {
        String jar = property("pjsua4j.jar");
        try (JarFile sources = new JarFile(jar.replaceFirst("\\.jar$", "-sources.jar"));
                JarFile javadoc = new JarFile(jar.replaceFirst("\\.jar$", "-javadoc.jar"))) {
            assertTrue(sources.getEntry("org/pjsua4j/Endpoint.java") != null, "facade sources");
            assertTrue(sources.getEntry("org/pjsua4j/raw/pjsua.java") != null, "generated raw sources");
            ZipEntry page = javadoc.getEntry("org.pjsua4j/org/pjsua4j/raw/pjsua.html");
            assertTrue(page != null, "raw layer page");
            String html = new String(javadoc.getInputStream(page).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(html.contains("Make outgoing call to the specified URI using the specified account."),
                    "pjsua_call_make_call's documentation from pjsua.h");
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isEmpty(), "system property " + name + " (set by the failsafe config)");
        return value;
    }

    /** Runs a command to its end (stdout and stderr together) and returns what it printed; fails on non-zero exit. */
    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", command) + " finished");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(paths::add);
        }
        for (Path p : paths) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
