package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text member of every generated struct proxy goes through the text gate, not only the members
 * someone remembered: each String setter is handed a value with a line break and must refuse it,
 * naming the member, before anything reaches native memory. Only the members wiretext.i lets hold
 * line breaks on purpose (bodies, real-time text, the keep-alive packet, binary keys, PEM buffers)
 * take it.
 */
class StructTextGateTest {
    private static final Set<String> MAY_HOLD_LINE_BREAKS = Set.of(
            "pjsua_msg_data.setMsg_body", "pjsua_acc_config.setKa_data", "pjsua_call_send_text_param.setText",
            "pjsua_txt_stream_data.setText", "pjsip_cred_info_ext_aka.setK", "pjsip_cred_info_ext_aka.setOp",
            "pjsip_cred_info_ext_aka.setAmf", "pjsip_tls_setting.setCa_buf", "pjsip_tls_setting.setCert_buf",
            "pjsip_tls_setting.setPrivkey_buf");

    @Test
    void everyTextMemberRefusesALineBreakByName() throws Exception {
        List<String> accepted = new ArrayList<>();
        Set<String> bodies = new TreeSet<>();
        int checked = 0;
        for (Class<?> proxy : proxies()) {
            for (Method setter : proxy.getMethods()) {
                if (setter.getDeclaringClass() != proxy || Modifier.isStatic(setter.getModifiers())
                        || !setter.getName().startsWith("set") || setter.getParameterCount() == 0) {
                    continue;
                }
                Class<?>[] types = setter.getParameterTypes();
                if (types[types.length - 1] != String.class) {
                    continue;
                }
                String name = proxy.getSimpleName() + "." + setter.getName();
                Object struct = proxy.getConstructor().newInstance();
                try {
                    Object[] args = types.length == 1 ? new Object[] {"ok\r\nX-Evil: 1"} : new Object[] {0L, "ok\r\nX-Evil: 1"};
                    setter.invoke(struct, args);
                    (MAY_HOLD_LINE_BREAKS.contains(name) ? bodies : new TreeSet<String>()).add(name);
                    if (!MAY_HOLD_LINE_BREAKS.contains(name)) {
                        accepted.add(name);
                    }
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof IllegalArgumentException refused)) {
                        throw new AssertionError(name + " failed otherwise", e.getCause());
                    }
                    String member = setter.getName().startsWith("set_") ? setter.getName().substring(4)
                            : Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4);
                    assertTrue(refused.getMessage().startsWith(member + " "), name + ": " + refused.getMessage());
                } finally {
                    ((AutoCloseable) struct).close();
                }
                checked++;
            }
        }
        assertEquals(List.of(), accepted, "text members that let a line break through");
        assertEquals(MAY_HOLD_LINE_BREAKS, bodies, "the members allowed line breaks exist and take them");
        assertTrue(checked > 80, "only " + checked + " text setters found");
    }

    /** The generated struct proxies: the classes beside pjsua with a public no-argument constructor. */
    private static List<Class<?>> proxies() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(pjsua.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(pjsua.class.getPackageName().replace('.', '/'));
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".class") || file.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName(pjsua.class.getPackageName() + "." + file.substring(0, file.length() - 6));
                if (AutoCloseable.class.isAssignableFrom(c) && hasPublicNoArgConstructor(c)) {
                    found.add(c);
                }
            }
        }
        if (found.isEmpty()) {
            fail("no struct proxies found in " + dir);
        }
        return found;
    }

    private static boolean hasPublicNoArgConstructor(Class<?> c) {
        try {
            return Modifier.isPublic(c.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
