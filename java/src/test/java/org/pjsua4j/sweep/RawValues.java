package org.pjsua4j.sweep;

import java.nio.ByteBuffer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pjsua4j.raw.SWIGTYPE_p_pj4j_frame_port;
import org.pjsua4j.raw.SWIGTYPE_p_pj4j_tonegen;
import org.pjsua4j.raw.SWIGTYPE_p_pj_pool_t;
import org.pjsua4j.raw.pjsua;

/**
 * Argument values for a raw-layer parameter, from its Java type (and, for a neutral value, its
 * name): one neutral value, used while another parameter takes its boundary values, and the boundary
 * values themselves.
 */
final class RawValues {
    /** String parameters whose text is not written into a SIP message. */
    private static final Set<String> NOT_WIRE = Set.of(
            "name", // pjsua_pool_create: the pool's name
            "filename", "label", // player, recorder, playlist
            "codec_id", // a lookup key
            "hname", "token", // pjsua_call_remote_has_cap: a lookup in the remote's capabilities
            "buffer", "indent", // pjsua_call_dump's output buffer and its indentation
            "digits"); // DTMF digits: RFC 2833 events or tones, not text
    /** String parameters that carry a URI (swig/wiretext.i). */
    private static final Set<String> URIS = Set.of("dst_uri", "dest_uri", "dest", "to", "target", "uri", "url",
            "remote_uri");
    /** A message body (pjsua_im_send, pjsua_call_send_im). */
    private static final Set<String> BODIES = Set.of("content");

    private final RawState.Handles handles;

    RawValues(RawState.Handles handles) {
        this.handles = handles;
    }

    static BoundaryText.Kind kind(Parameter p) {
        if (p.getType() != String.class || NOT_WIRE.contains(p.getName())) {
            return BoundaryText.Kind.NOT_WIRE;
        }
        if (URIS.contains(p.getName())) {
            return BoundaryText.Kind.URI;
        }
        return BODIES.contains(p.getName()) ? BoundaryText.Kind.BODY : BoundaryText.Kind.LINE;
    }

    /**
     * @param fresh whether the function releases what it is given: it then gets a handle of its own,
     *        so the fixture's stays valid for the cases after it
     */
    Arg neutral(Parameter p, boolean fresh) {
        Class<?> t = p.getType();
        String name = p.getName().toLowerCase(Locale.ROOT);
        if (t == int.class) {
            return Arg.of("0", 0);
        }
        if (t == long.class) {
            long v = name.contains("user_data") || name.contains("token") || name.contains("options")
                    || name.contains("flags") ? 0 : 200;
            return Arg.of(Long.toString(v), v);
        }
        if (t == short.class) {
            return Arg.of("1", (short) 1);
        }
        if (t == float.class) {
            return Arg.of("1.0", 1.0f);
        }
        if (t == boolean.class) {
            return Arg.of("false", false);
        }
        if (t == String.class) {
            return Arg.of("neutral", neutralText(kind(p), name));
        }
        if (t == SWIGTYPE_p_pj_pool_t.class && handles.pool() != null) {
            return fresh ? Arg.lazy("fresh-pool", () -> pjsua.pjsua_pool_create("sweep-fresh", 512, 512))
                    : Arg.of("pool", handles.pool());
        }
        if (t == SWIGTYPE_p_pj4j_tonegen.class && handles.tonegen() != null) {
            return fresh ? Arg.lazy("fresh-tonegen", pjsua::pj4j_tonegen_create) : Arg.of("tonegen", handles.tonegen());
        }
        if (t == SWIGTYPE_p_pj4j_frame_port.class && handles.framePort() != null) {
            return fresh ? Arg.lazy("fresh-frame-port", () -> pjsua.pj4j_frame_port_create(pjsua.PJ4J_FRAME_SINK, 8000, 20, 4))
                    : Arg.of("frame-port", handles.framePort());
        }
        if (t == ByteBuffer.class) {
            return Arg.lazy("direct-320", () -> ByteBuffer.allocateDirect(320));
        }
        if (isStruct(t)) {
            return Arg.lazy("new", () -> newStruct(t));
        }
        return Arg.of("null", null);
    }

    private static String neutralText(BoundaryText.Kind kind, String name) {
        if (kind == BoundaryText.Kind.URI) {
            return "sip:sweep@127.0.0.1:9";
        }
        if (name.equals("method")) {
            return "OPTIONS";
        }
        if (name.equals("digits")) {
            return "1";
        }
        if (name.equals("mime_type")) {
            return "text/plain";
        }
        return "sweep";
    }

    /** The boundary values; released handles come last in a batch (see RawCases). */
    List<Arg> boundaries(Parameter p, Arg neutral) {
        Class<?> t = p.getType();
        List<Arg> args = new ArrayList<>();
        if (t == int.class) {
            args.add(Arg.of("-1", -1));
            args.add(Arg.of("MIN", Integer.MIN_VALUE));
            args.add(Arg.of("MAX", Integer.MAX_VALUE));
            if (!neutral.label().equals("0")) {
                args.add(Arg.of("0", 0));
            }
        } else if (t == long.class) {
            for (long v : new long[] {-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xFFFFFFFFL, Long.MIN_VALUE,
                    Long.MAX_VALUE}) {
                if (!neutral.label().equals(Long.toString(v))) {
                    args.add(Arg.of(Long.toString(v), v));
                }
            }
        } else if (t == short.class) {
            for (short v : new short[] {-1, 0, Short.MIN_VALUE, Short.MAX_VALUE}) {
                args.add(Arg.of(Short.toString(v), v));
            }
        } else if (t == float.class) {
            for (float v : new float[] {-1f, 0f, Float.NaN, Float.POSITIVE_INFINITY, Float.MAX_VALUE}) {
                args.add(Arg.of(Float.toString(v), v));
            }
        } else if (t == boolean.class) {
            args.add(Arg.of("true", true));
        } else if (t == ByteBuffer.class) {
            args.add(Arg.of("null", null));
            args.add(Arg.lazy("heap-320", () -> ByteBuffer.allocate(320)));
            args.add(Arg.lazy("direct-0", () -> ByteBuffer.allocateDirect(0)));
            args.add(Arg.lazy("direct-1", () -> ByteBuffer.allocateDirect(1)));
        } else if (t == String.class) {
            args.add(Arg.of("null", null));
            args.addAll(BoundaryText.all());
        } else {
            args.add(Arg.of("null", null));
            if (isStruct(t)) {
                args.add(Arg.lazy("closed", () -> closedStruct(t)));
                if (initialiserOf(t) != null) {
                    args.add(Arg.lazy("uninitialised", () -> zeroedStruct(t)));
                }
            }
        }
        return args;
    }

    /** Handles already released, for the functions that take that kind of handle. */
    List<Arg> released(Parameter p) {
        Class<?> t = p.getType();
        if (t == SWIGTYPE_p_pj_pool_t.class && handles.releasedPool() != null) {
            return List.of(Arg.of("released-pool", handles.releasedPool()));
        }
        if (t == SWIGTYPE_p_pj4j_tonegen.class && handles.destroyedTonegen() != null) {
            return List.of(Arg.of("destroyed-tonegen", handles.destroyedTonegen()));
        }
        if (t == SWIGTYPE_p_pj4j_frame_port.class && handles.destroyedFramePort() != null) {
            return List.of(Arg.of("destroyed-frame-port", handles.destroyedFramePort()));
        }
        return List.of();
    }

    /** A SWIG struct proxy: a class of the raw package with a public no-argument constructor. */
    static boolean isStruct(Class<?> t) {
        return t.getPackage() == pjsua.class.getPackage() && !t.getSimpleName().startsWith("SWIGTYPE_")
                && AutoCloseable.class.isAssignableFrom(t) && publicConstructor(t) != null;
    }

    private static Constructor<?> publicConstructor(Class<?> t) {
        try {
            return t.getConstructor();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * A new struct, filled by its pjsua_*_default or pjsua_*_init function where there is one (as C
     * code does).
     */
    static Object newStruct(Class<?> t) {
        try {
            Object s = zeroedStruct(t);
            Method init = initialiserOf(t);
            if (init != null) {
                init.invoke(null, s);
            }
            return s;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + t.getSimpleName(), e);
        }
    }

    /** A new struct as its Java constructor leaves it: zero bytes, which C code never passes on. */
    private static Object zeroedStruct(Class<?> t) {
        try {
            return t.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + t.getSimpleName(), e);
        }
    }

    private static Method initialiserOf(Class<?> t) {
        for (String suffix : new String[] {"_default", "_init"}) {
            try {
                return pjsua.class.getMethod(t.getSimpleName() + suffix, t);
            } catch (NoSuchMethodException e) {
                // pjsua names its initialisers either way; try the other.
            }
        }
        return null;
    }

    static Object closedStruct(Class<?> t) {
        try {
            AutoCloseable s = (AutoCloseable) t.getConstructor().newInstance();
            s.close();
            return s;
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a closed " + t.getSimpleName(), e);
        }
    }
}
