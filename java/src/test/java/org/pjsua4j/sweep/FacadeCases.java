package org.pjsua4j.sweep;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pjsua4j.Account;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.AudioAttachment;
import org.pjsua4j.AudioConnection;
import org.pjsua4j.AudioPlayback;
import org.pjsua4j.AudioRecording;
import org.pjsua4j.Call;
import org.pjsua4j.Endpoint;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.RegistrationConfig;
import org.pjsua4j.TonePlayback;

/**
 * The facade's cases for one state: every public method of {@link Endpoint}, {@link Account},
 * {@link Call} and the attachment kinds on the state's receivers, and the factories (records'
 * constructors, static factories, builders' methods), once with neutral arguments and once per
 * boundary value of each parameter. A builder's case builds the configuration and uses it (adds the
 * account, starts the endpoint), since that is where its text would reach the wire.
 */
final class FacadeCases {
    /** The attachment kinds, in the order {@link FacadeFixture#attachmentKinds} makes them. */
    private static final List<Class<? extends AudioAttachment>> KINDS = List.of(AudioPlayback.class,
            AudioRecording.class, TonePlayback.class, AudioConnection.class);

    /**
     * What a configuration's use (adding the account, starting the endpoint) names when it refuses a
     * value the builder took: the configuration's part that holds it.
     */
    private static final Set<String> CONFIG_NAMES = Set.of("id", "registrar", "proxy", "credential", "userAgent",
            "host", "transport", "contactParams", "contactUriParams");

    /** What a factory's case builds and uses: the configurations that reach the wire when an account is added. */
    private static final Set<Class<?>> USED = Set.of(AccountConfig.class, AccountConfig.Builder.class,
            RegistrationConfig.class, RegistrationConfig.Builder.class);

    private final FacadeState state;
    private final FacadeFixture fx;
    private final List<String> excluded;
    private final List<SweepCase> cases = new ArrayList<>();

    private FacadeCases(FacadeState state, FacadeFixture fx, List<String> excluded) {
        this.state = state;
        this.fx = fx;
        this.excluded = excluded;
    }

    static List<SweepCase> forState(FacadeState state, List<String> excluded) throws Exception {
        FacadeFixture fx = new FacadeFixture(java.nio.file.Path.of("target", "sweep", "facade-" + state));
        FacadeCases g = new FacadeCases(state, fx, excluded);
        switch (state) {
            case OPEN:
                g.open();
                break;
            case ENDED_CALL:
                g.endedCall();
                break;
            case CLOSED_ACCOUNT:
                g.closedAccount();
                break;
            default:
                g.closed();
        }
        return g.cases;
    }

    private void open() throws Exception {
        methods(Endpoint.class, "Endpoint", () -> fx.ep);
        methods(Account.class, "Account", fx::caller);
        methods(Call.class, "Call[ringing]", () -> pick(fx::ringing));
        methods(Call.class, "Call[confirmed]", () -> pick(fx::confirmed));
        List<Supplier<AudioAttachment>> kinds = fx.attachmentKinds();
        for (int i = 0; i < KINDS.size(); i++) {
            methods(KINDS.get(i), KINDS.get(i).getSimpleName(), replacing(kinds.get(i)));
        }
        factories();
        builder(AccountConfig.Builder.class, () -> AccountConfig.builder(fx.newConfig().id()));
        builder(RegistrationConfig.Builder.class, () -> RegistrationConfig.builder("sip:127.0.0.1:9"));
    }

    private void endedCall() throws Exception {
        Call[] pair = fx.confirmed();
        List<AudioAttachment> attachments = attach();
        FacadeFixture.end(pair);
        methods(Call.class, "Call[ended]", () -> pair[0]);
        attachments(attachments, "ended with its call");
    }

    private void closedAccount() throws Exception {
        fx.ringing();
        fx.ended();
        Call[] pair = fx.confirmed();
        Account account = fx.caller();
        account.close();
        FacadeFixture.end(pair);
        methods(Account.class, "Account[closed]", () -> account);
        methods(Call.class, "Call[of closed account]", () -> pair[0]);
    }

    private void closed() throws Exception {
        fx.ringing();
        fx.ended();
        Call[] pair = fx.confirmed();
        Account account = fx.caller();
        List<AudioAttachment> attachments = attach();
        fx.ep.close();
        methods(Endpoint.class, "Endpoint[closed]", () -> fx.ep);
        methods(Account.class, "Account[of closed endpoint]", () -> account);
        methods(Call.class, "Call[of closed endpoint]", () -> pair[0]);
        attachments(attachments, "of closed endpoint");
        for (Method m : sorted(Endpoint.class.getMethods())) {
            if (Modifier.isStatic(m.getModifiers())) {
                add("Endpoint", m, null, true);
            }
        }
        builder(EndpointConfig.Builder.class, () -> EndpointConfig.builder()
                .transport(org.pjsua4j.TransportType.UDP, "127.0.0.1", 0));
    }

    /** A new attachment for each case, the one before closed (two calls carry one connection at most). */
    private static Supplier<Object> replacing(Supplier<AudioAttachment> make) {
        AudioAttachment[] last = new AudioAttachment[1];
        return () -> {
            if (last[0] != null) {
                last[0].close();
            }
            last[0] = make.get();
            return last[0];
        };
    }

    private List<AudioAttachment> attach() {
        return fx.attachmentKinds().stream().map(Supplier::get).collect(Collectors.toList());
    }

    private void attachments(List<AudioAttachment> made, String how) {
        for (int i = 0; i < KINDS.size(); i++) {
            AudioAttachment a = made.get(i);
            methods(KINDS.get(i), KINDS.get(i).getSimpleName() + "[" + how + "]", () -> a);
        }
    }

    private static Call pick(java.util.concurrent.Callable<Call[]> pair) {
        try {
            return pair.call()[0];
        } catch (Exception e) {
            throw new IllegalStateException("sweep fixture: no call", e);
        }
    }

    /** The records' canonical constructors and the static factories of the public package. */
    private void factories() {
        List<Class<?>> types = new ArrayList<>(List.of(AccountConfig.class, org.pjsua4j.Credential.class,
                EndpointConfig.class, EndpointConfig.TransportSpec.class, EndpointConfig.SipTimers.class));
        for (Class<?> t : publicTypes()) {
            if (!types.contains(t)) {
                types.add(t);
            }
        }
        for (Class<?> t : types) {
            if (t.isRecord()) {
                Class<?>[] comps = Arrays.stream(t.getRecordComponents()).map(c -> c.getType()).toArray(Class<?>[]::new);
                try {
                    add(t.getSimpleName(), t.getConstructor(comps), null, false);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(t + " has no public canonical constructor", e);
                }
            }
            for (Method m : sorted(t.getDeclaredMethods())) {
                if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && !t.isEnum()
                        && m.getReturnType() != EndpointConfig.Builder.class && m.getReturnType() != Endpoint.class) {
                    add(t.getSimpleName(), m, null, USED.contains(m.getReturnType()));
                }
            }
        }
    }

    /** The public facade types the sweep's receivers and configurations refer to. */
    private static List<Class<?>> publicTypes() {
        Set<Class<?>> seen = new HashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(Endpoint.class, Account.class, Call.class, AudioPlayback.class,
                AudioRecording.class, TonePlayback.class, AudioConnection.class, AccountConfig.class, EndpointConfig.class));
        List<Class<?>> found = new ArrayList<>();
        while (!todo.isEmpty()) {
            Class<?> t = todo.remove(0);
            if (t.isArray() || t.isPrimitive() || t.getPackage() != Endpoint.class.getPackage() || !seen.add(t)) {
                continue;
            }
            found.add(t);
            for (Method m : t.getMethods()) {
                todo.add(m.getReturnType());
                todo.addAll(Arrays.asList(m.getParameterTypes()));
            }
            if (t.isRecord()) {
                Arrays.stream(t.getRecordComponents()).forEach(c -> todo.add(c.getType()));
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    private void builder(Class<?> builderType, Supplier<Object> fresh) {
        for (Method m : sorted(builderType.getDeclaredMethods())) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.getName().equals("build")) {
                add(builderType.getEnclosingClass().getSimpleName() + ".Builder", m, fresh, true);
            }
        }
    }

    private void methods(Class<?> type, String receiverName, Supplier<Object> receiver) {
        for (Method m : sorted(type.getMethods())) {
            if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String why = Exclusions.facade(type.getSimpleName(), m.getName(), state);
            if (why != null) {
                excluded.add(receiverName + "." + m.getName() + ": " + why);
                continue;
            }
            add(receiverName, m, receiver, false);
        }
    }

    private static List<Method> sorted(Method[] methods) {
        return Stream.of(methods)
                .sorted(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .collect(Collectors.toList());
    }

    /**
     * @param use whether the result is a configuration (or its builder) to build and use
     */
    private void add(String owner, Executable e, Supplier<Object> receiver, boolean use) {
        FacadeValues values = new FacadeValues(fx, receiver);
        Parameter[] params = e.getParameters();
        Arg[] neutral = new Arg[params.length];
        for (int i = 0; i < params.length; i++) {
            neutral[i] = values.neutral(params[i].getType(), params[i].getParameterizedType(), params[i].getName());
        }
        cases.add(make(owner, e, receiver, neutral, -1, use));
        for (int i = 0; i < params.length; i++) {
            for (Arg b : values.boundaries(params[i].getType(), params[i].getParameterizedType(), neutral[i])) {
                Arg[] args = neutral.clone();
                args[i] = b;
                cases.add(make(owner, e, receiver, args, i, use));
            }
        }
    }

    private SweepCase make(String owner, Executable e, Supplier<Object> receiver, Arg[] args, int varied, boolean use) {
        Parameter[] params = e.getParameters();
        String method = e instanceof Constructor ? owner : e.getName();
        StringBuilder name = new StringBuilder(owner);
        if (!(e instanceof Constructor)) {
            name.append('.').append(method);
        }
        name.append('(');
        Set<String> names = new HashSet<>(Set.of(method));
        if (use) {
            names.addAll(CONFIG_NAMES);
        }
        Set<String> stateNames = new HashSet<>(Set.of(owner.replaceAll("[\\[.].*", "")));
        for (int i = 0; i < params.length; i++) {
            name.append(i == 0 ? "" : ", ").append(params[i].getName()).append('=').append(args[i].label());
            names.add(params[i].getName());
            stateNames.add(params[i].getType().getSimpleName());
        }
        name.append(')');
        boolean sends = use || receiver != null || e.getDeclaringClass() == Endpoint.class;
        boolean mustRefuse = sends && varied >= 0 && BoundaryText.mustRefuse(args[varied].label(),
                FacadeValues.kind(owner.replaceAll("\\[.*", ""), method, params[varied].getName(), params[varied].getType()));
        SweepCase.Action action = () -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].make().get();
            }
            Object result = e instanceof Constructor<?> c ? c.newInstance(values)
                    : ((Method) e).invoke(receiver == null ? null : receiver.get(), values);
            if (use) {
                use(result);
            }
        };
        return new SweepCase(name.toString(), action, names, stateNames, mustRefuse);
    }

    /** Builds a configuration and uses it the way an application would. */
    private void use(Object result) {
        if (result instanceof AccountConfig.Builder b) {
            result = b.build();
        }
        if (result instanceof EndpointConfig.Builder b) {
            result = b.build();
        }
        if (result instanceof RegistrationConfig.Builder b) {
            result = b.build();
        }
        if (result instanceof RegistrationConfig r) {
            result = AccountConfig.builder(fx.newConfig().id()).registration(r).build();
        }
        if (result instanceof AccountConfig c && fx.ep.isOpen()) {
            fx.ep.addAccount(c, FacadeFixture.NO_ACCOUNT_EVENTS).closeWithoutUnregistering();
        }
        if (result instanceof EndpointConfig c && !fx.ep.isOpen()) {
            result = Endpoint.start(c);
        }
        if (result instanceof Endpoint started) {
            started.close();
        }
    }
}
