package org.pjsua4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pjsua's command line as the CLI reads it: both value forms, config files, and refusals by name. */
class OptionsTest {
    @Test
    void valuesComeAfterAnEqualsSignOrAsTheNextWord() {
        Options o = Options.parse(List.of("--null-audio", "--auto-answer", "200", "--local-port=5070", "sip:a@b"));
        assertTrue(o.has("null-audio"));
        assertEquals(200, o.number("auto-answer", 0, 0, 699));
        assertEquals(5070, o.number("local-port", 0, 0, 65535));
        assertEquals(List.of("sip:a@b"), o.urls());
        assertFalse(o.has("no-tcp"));
    }

    @Test
    void repeatedOptionsKeepEveryValueOthersTheLast() {
        Options o = Options.parse(List.of("--proxy=sip:p1", "--proxy", "sip:p2", "--max-calls=2", "--max-calls=3"));
        assertEquals(List.of("sip:p1", "sip:p2"), o.all("proxy"));
        assertEquals(3, o.number("max-calls", 0, 1, 10));
    }

    @Test
    void aConfigFileSplicesItsWordsInPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pjsua.cfg");
        Files.writeString(file, "# comment\n--id sip:alice@example.org\n--no-tcp\n");
        Options o = Options.parse(List.of("--config-file=" + file, "--no-udp"));
        assertEquals("sip:alice@example.org", o.get("id", ""));
        assertTrue(o.has("no-tcp") && o.has("no-udp"));
    }

    @Test
    void aPrefixOfOneOptionStandsForItAsInGetoptLong() {
        Options o = Options.parse(List.of("--user=ann", "--pass", "pw", "--no-supp"));
        assertEquals("ann", o.get("username", null));
        assertEquals("pw", o.get("password", null));
        assertTrue(o.has("no-supported-norefersub"));
        assertEquals("--use-t: ambiguous, it could be --use-timer, --use-tls",
                assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--use-t"))).getMessage());
    }

    @Test
    void optionsTheCliCannotHonourAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Options.parse(List.of("--null-audio", "--use-ice")));
        assertEquals("--use-ice: not supported by pjsua4j yet", e.getMessage());
        assertEquals("--id: needs a value", assertThrows(IllegalArgumentException.class,
                () -> Options.parse(List.of("--id"))).getMessage());
        assertEquals("--no-tcp: takes no value", assertThrows(IllegalArgumentException.class,
                () -> Options.parse(List.of("--no-tcp=1"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Options.parse(List.of("--max-calls=x")).number("max-calls", 4, 1, 1024)).getMessage()
                .contains("--max-calls=x"));
    }

    @Test
    void theCliReferencesOnlyThePublicFacade() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/pjsua4j/cli");
        try (var files = Files.list(classes)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains("org/pjsua4j/raw/") || bytes.contains("org/pjsua4j/internal/"),
                        f + " uses the raw layer or the facade's machinery");
            }
        }
    }
}
