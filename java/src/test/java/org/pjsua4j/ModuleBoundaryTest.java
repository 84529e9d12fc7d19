package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The facade's public surface: what the module exports, and that no public signature leaks internals. */
class ModuleBoundaryTest {
    private static Path classes() throws URISyntaxException {
        return Path.of(Endpoint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theModuleExportsTheFacadeTheRawLayerAndTheSoundAdaptersOnly() throws Exception {
        Path classes = classes();
        ModuleDescriptor module = ModuleFinder.of(classes).find("org.pjsua4j")
                .orElseThrow(() -> new AssertionError("no module org.pjsua4j in " + classes)).descriptor();
        assertEquals("org.pjsua4j", module.name());
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("org.pjsua4j", "org.pjsua4j.raw", "org.pjsua4j.sound"), exported);
        assertTrue(module.requires().stream().anyMatch(r -> r.name().equals("java.desktop")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)), "java.desktop only statically");
        assertTrue(module.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), "no qualified exports");
        assertTrue(module.packages().contains("org.pjsua4j.internal"), "the machinery is in the module, unexported");
    }

    @Test
    void noPublicFacadeSignatureMentionsAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : facadeTypes()) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method m : type.getMethods()) {
                List<Type> used = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                used.add(m.getGenericReturnType());
                used.addAll(List.of(m.getGenericExceptionTypes()));
                for (Type t : used) {
                    if (t.getTypeName().contains("org.pjsua4j.internal.")) {
                        leaks.add(type.getSimpleName() + "." + m.getName() + " uses " + t.getTypeName());
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    /**
     * The layers as jdeps sees the compiled classes: the raw layer uses nothing of the facade, and
     * no dependency cycle mixes public facade types with internal ones (each side may have its own:
     * the API's types name each other, and an owner and its parts refer back to each other).
     */
    @Test
    void layersDependOneWayAndNoCycleMixesPublicAndInternalClasses() throws Exception {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:class", "-filter:none",
                classes().toString());
        assertEquals(0, rc, out.toString());
        Map<String, Set<String>> uses = new HashMap<>();
        Matcher m = Pattern.compile("^\\s+(org\\.pjsua4j\\.[\\w.$]+)\\s+->\\s+(org\\.pjsua4j\\.[\\w.$]+)", Pattern.MULTILINE)
                .matcher(out.toString());
        while (m.find()) {
            String from = m.group(1).replaceAll("\\$.*", "");
            String to = m.group(2).replaceAll("\\$.*", "");
            if (!from.equals(to)) {
                uses.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            }
        }
        assertTrue(uses.size() > 100, "jdeps reported the classes: " + uses.size());
        Matcher sound = Pattern.compile("^\\s+(org\\.pjsua4j\\.[\\w.$]+)\\s+->\\s+javax\\.sound\\.", Pattern.MULTILINE)
                .matcher(out.toString());
        int soundUses = 0;
        while (sound.find()) {
            assertTrue(sound.group(1).startsWith("org.pjsua4j.sound."), "only the sound adapters use Java Sound: " + sound.group(1));
            soundUses++;
        }
        assertTrue(soundUses > 0, "jdeps reported the sound adapters' use of Java Sound");
        List<String> backEdges = new ArrayList<>();
        uses.forEach((from, tos) -> tos.stream().filter(to -> from.startsWith("org.pjsua4j.raw.")
                && !to.startsWith("org.pjsua4j.raw.")).forEach(to -> backEdges.add(from + " -> " + to)));
        assertEquals(List.of(), backEdges, "the raw layer depends on nothing above it");
        for (Set<String> cycle : Cycles.of(uses)) {
            boolean internal = cycle.stream().anyMatch(c -> c.startsWith("org.pjsua4j.internal."));
            boolean facade = cycle.stream().anyMatch(c -> c.lastIndexOf('.') == "org.pjsua4j".length());
            assertFalse(internal && facade, "a cycle mixes public and internal classes: " + cycle);
        }
    }

    private static List<Class<?>> facadeTypes() throws Exception {
        Path dir = classes().resolve("org/pjsua4j");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    types.add(Class.forName("org.pjsua4j." + name.substring(0, name.length() - 6), false,
                            ModuleBoundaryTest.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot list " + dir, e);
        }
        assertTrue(types.size() > 20, "found the facade's classes: " + types);
        return types;
    }
}
