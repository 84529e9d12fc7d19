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
import java.util.stream.Collectors;
import org.pjsua4j.raw.pjsua;

/**
 * The raw layer's cases for one state: every public static method of the generated
 * {@link pjsua} class, once with neutral arguments and once per boundary value of each parameter (the
 * others neutral). Functions that remove something (an account, a transport, a call) come after the
 * others, so those meet the state's account and transport; handles released earlier come last, as a
 * use after release may corrupt what later cases would use.
 */
final class RawCases {
    private RawCases() {
    }

    /** The functions swept, in a fixed order so a restarted batch finds the same case at the same index. */
    static List<Method> functions() {
        return Arrays.stream(pjsua.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing((Method m) -> removes(m.getName())).thenComparing(Method::getName)
                        .thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .collect(Collectors.toList());
    }

    private static boolean removes(String name) {
        return name.matches(".*_(del|del2|close|remove_port|hangup|hangup_all|destroy)$") || releases(name);
    }

    static List<SweepCase> forState(RawState state, RawState.Handles handles, List<String> excluded) {
        RawValues values = new RawValues(handles);
        List<SweepCase> cases = new ArrayList<>();
        List<SweepCase> releasedLast = new ArrayList<>();
        for (Method m : functions()) {
            String why = Exclusions.raw(m.getName(), state);
            if (why != null) {
                excluded.add(m.getName() + ": " + why);
                continue;
            }
            Parameter[] params = m.getParameters();
            boolean releases = releases(m.getName());
            Arg[] neutral = new Arg[params.length];
            for (int i = 0; i < params.length; i++) {
                neutral[i] = values.neutral(params[i], releases);
            }
            cases.add(make(m, neutral, -1));
            for (int i = 0; i < params.length; i++) {
                for (Arg boundary : values.boundaries(params[i], neutral[i])) {
                    cases.add(make(m, with(neutral, i, boundary), i));
                }
                for (Arg released : values.released(params[i])) {
                    releasedLast.add(make(m, with(neutral, i, released), i));
                }
            }
        }
        cases.addAll(releasedLast);
        return cases;
    }

    /** Functions that release the handle they are given. */
    private static boolean releases(String name) {
        return name.endsWith("_destroy") || name.endsWith("_release") || name.endsWith("_dec_ref");
    }

    private static Arg[] with(Arg[] neutral, int i, Arg value) {
        Arg[] args = neutral.clone();
        args[i] = value;
        return args;
    }

    private static SweepCase make(Method m, Arg[] args, int varied) {
        Parameter[] params = m.getParameters();
        StringBuilder name = new StringBuilder(m.getName()).append('(');
        Set<String> names = new HashSet<>();
        Set<String> stateNames = new HashSet<>();
        names.add(m.getName());
        for (int i = 0; i < params.length; i++) {
            name.append(i == 0 ? "" : ", ").append(params[i].getName()).append('=').append(args[i].label());
            names.add(params[i].getName());
            stateNames.add(params[i].getType().getSimpleName());
        }
        name.append(')');
        boolean mustRefuse = varied >= 0
                && BoundaryText.mustRefuse(args[varied].label(), RawValues.kind(params[varied]));
        SweepCase.Action action = () -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].make().get();
            }
            m.invoke(null, values);
        };
        return new SweepCase(name.toString(), action, names, stateNames, mustRefuse);
    }
}
