package org.pjsua4j.raw;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Calls raw wrappers in a JVM of its own (started by a test), so that a crash is the parent's failed
 * assertion instead of a lost run. Each call is announced on stdout before it is made ("CALL name") and
 * its outcome after ("OK name" or "THROW name class: message"); "DONE" ends a run that survived.
 *
 * <p>Arguments: the pjsua state to set up first ({@code none}: never created, {@code created}: after
 * pjsua_create, {@code destroyed}: after a whole create/init/start/destroy), {@code null} or
 * {@code real} arguments (real: a fresh struct for each struct parameter and a SIP URI, which passes
 * WireText, for strings; opaque handles stay null, as Java code cannot make a real one without pjsua),
 * then the functions to call, or none for every function of
 * {@link pjsua} except those that would change the state set up.
 */
final class WrapperSweep {
    /** Functions that change pjsua's state; called only when named. */
    static final List<String> LIFECYCLE = List.of("pjsua_create", "pjsua_init", "pjsua_start", "pjsua_destroy",
            "pjsua_destroy2", "pj4j_destroy");

    private WrapperSweep() {
    }

    static List<Method> wrappers() {
        List<Method> all = new ArrayList<>();
        for (Method m : pjsua.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparing(Method::getName));
        return all;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        switch (args[0]) {
            case "none":
                break;
            case "created":
                pjsua.pjsua_create();
                break;
            case "destroyed":
                pjsua.pjsua_create();
                pjsua.pjsua_init(null, null, null);
                pjsua.pjsua_set_null_snd_dev();
                pjsua.pjsua_start();
                pjsua.pjsua_destroy();
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
        boolean real = args[1].equals("real");
        List<String> only = Arrays.asList(args).subList(2, args.length);
        for (Method m : wrappers()) {
            if (only.isEmpty() ? LIFECYCLE.contains(m.getName()) : !only.contains(m.getName())) {
                continue;
            }
            out.println("CALL " + m.getName());
            out.flush();
            try {
                m.invoke(null, arguments(m, real));
                out.println("OK " + m.getName());
            } catch (InvocationTargetException e) {
                Throwable t = e.getCause();
                out.println("THROW " + m.getName() + " " + t.getClass().getName() + ": "
                        + String.valueOf(t.getMessage()).replace('\n', ' '));
            }
            out.flush();
        }
        out.println("DONE");
    }

    private static Object[] arguments(Method m, boolean real) throws ReflectiveOperationException {
        Class<?>[] types = m.getParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = value(types[i], real);
        }
        return values;
    }

    private static Object value(Class<?> type, boolean real) throws ReflectiveOperationException {
        if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            // C's unsigned sizes and counts: 1 is valid for all (a pool's increment must not be 0).
            return 1L;
        } else if (type == short.class) {
            return (short) 0;
        } else if (type == float.class) {
            return 0f;
        } else if (type == boolean.class) {
            return false;
        } else if (!real || type.getSimpleName().startsWith("SWIGTYPE_p_")) {
            return null;
        } else if (type == String.class) {
            return "guard";
        } else if (type == java.nio.ByteBuffer.class) {
            return java.nio.ByteBuffer.allocateDirect(640);
        } else {
            return type.getDeclaredConstructor().newInstance();
        }
    }
}
