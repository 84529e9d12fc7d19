package org.pjsua4j.sweep;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The raw layer's struct proxies: every setter that takes text, a struct or a pointer, with each
 * boundary value on a fresh struct (then closed), and every accessor of a closed proxy. The structs
 * are those reachable from the functions of {@code pjsua}: their parameters, results and members.
 */
final class StructCases {
    private static final long[] INDEXES = {0, -1, Integer.MAX_VALUE, 0xFFFFFFFFL, Long.MAX_VALUE};
    /**
     * Members pjsua writes into SIP messages as URIs (the proxy lists are set element-wise); every other
     * text member is one line (swig/wiretext.i gates them all by default), but for these few.
     */
    private static final Set<String> URI_MEMBERS = Set.of("id", "reg_uri", "force_contact", "target_uri", "contact_uri",
            "local_uri", "uri", "proxy", "outbound_proxy");
    /** ... message bodies. */
    private static final Set<String> BODY_MEMBERS = Set.of("msg_body");
    /** Not SIP text: real-time text carried in RTP, the keep-alive packet, AKA's binary keys, PEM buffers. */
    private static final Set<String> NOT_TEXT_MEMBERS = Set.of("text", "ka_data", "k", "op", "amf", "ca_buf",
            "cert_buf", "privkey_buf");

    private StructCases() {
    }

    static List<SweepCase> all() {
        RawValues values = new RawValues(RawState.Handles.NONE);
        List<SweepCase> cases = new ArrayList<>();
        for (Class<?> struct : structs()) {
            for (Method m : accessors(struct)) {
                Parameter[] params = m.getParameters();
                cases.add(closedReceiver(struct, m, values));
                if (!m.getName().startsWith("set") || !takesTextOrPointer(params[params.length - 1])) {
                    continue;
                }
                Parameter value = params[params.length - 1];
                Arg neutral = values.neutral(value, false);
                List<Arg> varied = new ArrayList<>(values.boundaries(value, neutral));
                for (Arg v : varied) {
                    cases.add(onFresh(struct, m, params.length == 2 ? Arg.of("0", 0L) : null, v));
                }
                if (params.length == 2) {
                    for (long i : INDEXES) {
                        cases.add(onFresh(struct, m, Arg.of(Long.toString(i), i), neutral));
                    }
                }
            }
        }
        return cases;
    }

    private static boolean takesTextOrPointer(Parameter p) {
        Class<?> t = p.getType();
        return t == String.class || !t.isPrimitive();
    }

    private static BoundaryText.Kind kind(String member, Class<?> type) {
        if (type != String.class) {
            return BoundaryText.Kind.NOT_WIRE;
        }
        if (URI_MEMBERS.contains(member)) {
            return BoundaryText.Kind.URI;
        }
        if (BODY_MEMBERS.contains(member)) {
            return BoundaryText.Kind.BODY;
        }
        return NOT_TEXT_MEMBERS.contains(member) ? BoundaryText.Kind.NOT_WIRE : BoundaryText.Kind.LINE;
    }

    /** setReg_uri sets reg_uri; set_proxy(i, v) sets element i of proxy. */
    private static String member(Method setter) {
        if (setter.getName().startsWith("set_")) {
            return setter.getName().substring(4);
        }
        String n = setter.getName().substring(3);
        return n.isEmpty() ? n : Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static SweepCase onFresh(Class<?> struct, Method m, Arg index, Arg value) {
        String name = struct.getSimpleName() + "." + m.getName() + "(" + (index == null ? "" : index.label() + ", ")
                + value.label() + ")";
        SweepCase.Action action = () -> {
            try (AutoCloseable s = (AutoCloseable) RawValues.newStruct(struct)) {
                if (index == null) {
                    m.invoke(s, value.make().get());
                } else {
                    m.invoke(s, index.make().get(), value.make().get());
                }
            }
        };
        String member = member(m);
        boolean mustRefuse = BoundaryText.mustRefuse(value.label(), kind(member, m.getParameterTypes()[m.getParameterCount() - 1]));
        return new SweepCase(name, action, Set.of(m.getName(), member, struct.getSimpleName()), typeNames(struct, m),
                mustRefuse);
    }

    private static SweepCase closedReceiver(Class<?> struct, Method m, RawValues values) {
        Parameter[] params = m.getParameters();
        Arg[] args = new Arg[params.length];
        StringBuilder name = new StringBuilder("closed ").append(struct.getSimpleName()).append('.')
                .append(m.getName()).append('(');
        for (int i = 0; i < params.length; i++) {
            args[i] = params[i].getType() == long.class ? Arg.of("0", 0L) : values.neutral(params[i], false);
            name.append(i == 0 ? "" : ", ").append(args[i].label());
        }
        SweepCase.Action action = () -> {
            Object closed = RawValues.closedStruct(struct);
            Object[] v = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                v[i] = args[i].make().get();
            }
            m.invoke(closed, v);
        };
        return new SweepCase(name.append(')').toString(), action, Set.of(m.getName(), struct.getSimpleName()),
                typeNames(struct, m), false);
    }

    /** The struct's and the parameters' types: what a closed-proxy refusal names. */
    private static Set<String> typeNames(Class<?> struct, Method m) {
        Set<String> names = new HashSet<>();
        names.add(struct.getSimpleName());
        for (Class<?> t : m.getParameterTypes()) {
            names.add(t.getSimpleName());
        }
        return names;
    }

    /** Member getters and setters: public, not static, declared by the struct itself. */
    private static List<Method> accessors(Class<?> struct) {
        return Arrays.stream(struct.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getName().startsWith("set") || m.getName().startsWith("get"))
                .sorted(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .collect(Collectors.toList());
    }

    /** Struct types reachable from the functions, by name. */
    static List<Class<?>> structs() {
        TreeMap<String, Class<?>> found = new TreeMap<>();
        List<Class<?>> todo = new ArrayList<>();
        for (Method f : RawCases.functions()) {
            todo.addAll(Arrays.asList(f.getParameterTypes()));
            todo.add(f.getReturnType());
        }
        while (!todo.isEmpty()) {
            Class<?> t = todo.remove(todo.size() - 1);
            Class<?> c = t.isArray() ? t.getComponentType() : t;
            if (!RawValues.isStruct(c) || found.containsKey(c.getName())) {
                continue;
            }
            found.put(c.getName(), c);
            for (Method m : accessors(c)) {
                todo.add(m.getReturnType());
                todo.addAll(Arrays.asList(m.getParameterTypes()));
            }
        }
        return new ArrayList<>(found.values());
    }
}
