package org.pjsua4j.sweep;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.pjsua4j.AccountConfig;
import org.pjsua4j.Call;
import org.pjsua4j.EndpointConfig;
import org.pjsua4j.RegistrationConfig;
import org.pjsua4j.Transport;
import org.pjsua4j.TransportType;

/**
 * Argument values for a facade parameter, from its type (and, for the neutral value, its name).
 * Values that need the running endpoint come from the {@link FacadeFixture}, which is null for the
 * factories' cases.
 */
final class FacadeValues {
    /** String parameters that are looked up, not written into a SIP message. */
    private static final Set<String> NOT_WIRE = Set.of(
            "Call.inviteHeaders.name", "Endpoint.setCodecPriority.codecId", "Endpoint.accountFor.uri",
            "Transport.uri.user", // builds a string, sends nothing
            "digits"); // DTMF: RFC 2833 events, INFO bodies of pjsip's making, or tones
    /** String parameters that are or become a URI (the account id is built from user and domain). */
    private static final Set<String> URIS = Set.of("destination", "target", "to", "uri", "id", "domain", "user");
    private static final Map<String, Integer> NEUTRAL_INTS = Map.of("code", 486, "port", 0, "priority", 128,
            "frequency", 440, "frequency1", 440, "frequency2", 0, "seconds", 60, "maxCalls", 4, "clockRate", 8000);

    private final FacadeFixture fx;
    private final Supplier<Object> receiver;

    FacadeValues(FacadeFixture fx, Supplier<Object> receiver) {
        this.fx = fx;
        this.receiver = receiver;
    }

    static BoundaryText.Kind kind(String owner, String method, String param, Class<?> type) {
        if (type != String.class || NOT_WIRE.contains(param) || NOT_WIRE.contains(owner + "." + method + "." + param)) {
            return BoundaryText.Kind.NOT_WIRE;
        }
        if (URIS.contains(param)) {
            return BoundaryText.Kind.URI;
        }
        return param.equals("text") ? BoundaryText.Kind.BODY : BoundaryText.Kind.LINE;
    }

    Arg neutral(Class<?> t, Type generic, String name) {
        if (t == int.class) {
            int v = NEUTRAL_INTS.getOrDefault(name, 1);
            return Arg.of(Integer.toString(v), v);
        }
        if (t == long.class) {
            return Arg.of("1", 1L);
        }
        if (t == boolean.class) {
            return Arg.of("false", false);
        }
        if (t == double.class) {
            return Arg.of("1.0", 1.0);
        }
        if (t == char.class) {
            return Arg.of("'1'", '1');
        }
        if (t == String.class) {
            return Arg.of("neutral", neutralText(name));
        }
        if (t == Duration.class) {
            return Arg.of("100ms", Duration.ofMillis(100));
        }
        if (t == Path.class) {
            return Arg.lazy("wav", () -> fx.freshWav());
        }
        if (t == Instant.class) {
            return Arg.of("EPOCH", Instant.EPOCH);
        }
        if (t == Optional.class) {
            return Arg.of("empty", Optional.empty());
        }
        if (t == List.class) {
            Class<?> element = elementType(generic);
            if (element == null) {
                return Arg.of("[]", List.of());
            }
            Arg one = neutral(element, element, "");
            return Arg.lazy("[" + one.label() + "]", () -> Collections.singletonList(one.make().get()));
        }
        if (t.isEnum()) {
            Object first = t.getEnumConstants()[0];
            return Arg.of(first.toString(), first);
        }
        if (t == Call.class && fx != null) {
            return Arg.lazy("other-call", () -> otherCall());
        }
        if (t == Transport.class && fx != null) {
            return Arg.lazy("udp", fx::udp);
        }
        if (t == AccountConfig.class && fx != null) {
            return Arg.lazy("config", fx::newConfig);
        }
        if (t == EndpointConfig.class) {
            return Arg.lazy("config", FacadeFixture::endpointConfig);
        }
        if (t == RegistrationConfig.class) {
            return Arg.lazy("registration", () -> RegistrationConfig.of("sip:127.0.0.1:9"));
        }
        if (t.isInterface() && allDefault(t)) {
            return Arg.of("listener", listener(t));
        }
        if (t.isRecord()) {
            return Arg.lazy("record", () -> newRecord(t));
        }
        return Arg.of("null", null);
    }

    List<Arg> boundaries(Class<?> t, Type generic, Arg neutral) {
        List<Arg> args = new ArrayList<>();
        if (t == int.class) {
            for (int v : new int[] {-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                if (!neutral.label().equals(Integer.toString(v))) {
                    args.add(Arg.of(Integer.toString(v), v));
                }
            }
            return args;
        }
        if (t == long.class) {
            for (long v : new long[] {-1, 0, Long.MIN_VALUE, Long.MAX_VALUE}) {
                args.add(Arg.of(Long.toString(v), v));
            }
            return args;
        }
        if (t == boolean.class) {
            return List.of(Arg.of("true", true));
        }
        if (t == double.class) {
            return List.of(Arg.of("NaN", Double.NaN), Arg.of("-1.0", -1.0), Arg.of("Infinity", Double.POSITIVE_INFINITY));
        }
        if (t == char.class) {
            return List.of(Arg.of("NUL", '\0'), Arg.of("CR", '\r'), Arg.of("lone-surrogate", '\uD800'));
        }
        args.add(Arg.of("null", null));
        if (t == String.class) {
            args.addAll(BoundaryText.all());
        } else if (t == Duration.class) {
            args.add(Arg.of("ZERO", Duration.ZERO));
            args.add(Arg.of("-1ms", Duration.ofMillis(-1)));
            args.add(Arg.of("MAX", Duration.ofSeconds(Long.MAX_VALUE)));
        } else if (t == Path.class) {
            args.add(Arg.of("\"\"", Path.of("")));
            args.add(Arg.of("missing", Path.of("/nonexistent/sweep.wav")));
            args.add(Arg.lazy("directory", () -> fx.dir));
            args.add(Arg.of("not-wav", Path.of("/etc/hostname")));
            args.add(Arg.of("64KB-name", Path.of("/tmp/" + BoundaryText.KB64 + ".wav")));
        } else if (t == List.class) {
            args.add(Arg.of("[]", List.of()));
            args.add(Arg.of("[null]", Collections.singletonList(null)));
            args.add(Arg.lazy("10000x" + neutral.label(), () -> Collections.nCopies(10_000,
                    ((List<?>) neutral.make().get()).isEmpty() ? null : ((List<?>) neutral.make().get()).get(0))));
        } else if (t == Call.class && fx != null) {
            args.add(Arg.lazy("itself", receiver));
            args.add(Arg.lazy("ended-call", () -> endedCall()));
        } else if (t == Transport.class) {
            args.add(Arg.of("foreign", new Transport(99, TransportType.UDP, "127.0.0.1", 9)));
            args.add(Arg.of("negative", new Transport(-1, TransportType.TCP, "", -1)));
        }
        return args;
    }

    private static String neutralText(String name) {
        switch (name) {
            case "destination": case "target": case "to": case "uri":
                return "sip:sweep@127.0.0.1:9";
            case "id":
                return "sip:sweep@127.0.0.1";
            case "domain": case "host":
                return "127.0.0.1";
            case "method":
                return "OPTIONS";
            case "digits":
                return "1";
            case "codecId":
                return "PCMU";
            case "name":
                return "X-Sweep";
            case "realm":
                return "*";
            case "params":
                return ";sweep=1";
            default:
                return "sweep";
        }
    }

    /** The call on the other side of the receiver's, or a confirmed call when the receiver is not one. */
    private Object otherCall() {
        try {
            Object self = receiver == null ? null : receiver.get();
            Call[] pair = fx.ringing();
            if (self == pair[0]) {
                return pair[1];
            }
            Call[] confirmed = fx.confirmed();
            return self == confirmed[0] ? confirmed[1] : confirmed[0];
        } catch (Exception e) {
            throw new IllegalStateException("sweep fixture: no other call", e);
        }
    }

    private Object endedCall() {
        try {
            return fx.ended();
        } catch (Exception e) {
            throw new IllegalStateException("sweep fixture: no ended call", e);
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** Whether every method is a default, static, or abstract with nothing to return (a listener's). */
    private static boolean allDefault(Class<?> t) {
        return Arrays.stream(t.getMethods()).allMatch(m -> m.isDefault() || java.lang.reflect.Modifier.isStatic(m.getModifiers())
                || m.getReturnType() == void.class);
    }

    /** An implementation of a listener interface whose methods keep their default bodies or do nothing. */
    private static Object listener(Class<?> t) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return m.getName().equals("equals") ? proxy == args[0] : m.getName().equals("hashCode")
                        ? System.identityHashCode(proxy) : "sweep listener";
            }
            return m.isDefault() ? InvocationHandler.invokeDefault(proxy, m, args) : null;
        };
        return Proxy.newProxyInstance(t.getClassLoader(), new Class<?>[] {t}, h);
    }

    /** A record made of neutral components. */
    Object newRecord(Class<?> t) {
        RecordComponent[] rc = t.getRecordComponents();
        Class<?>[] types = Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            values[i] = neutral(rc[i].getType(), rc[i].getGenericType(), rc[i].getName()).make().get();
        }
        try {
            Constructor<?> c = t.getDeclaredConstructor(types);
            return c.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + t.getSimpleName() + " of neutral values", e);
        }
    }
}
