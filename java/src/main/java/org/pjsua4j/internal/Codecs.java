package org.pjsua4j.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pjsua4j.Codec;
import org.pjsua4j.raw.PjsipException;
import org.pjsua4j.raw.WireText;
import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_codec_info;

/** The endpoint's audio codecs and their priorities ({@code pjsua_enum_codecs}, {@code pjsua_codec_set_priority}). */
final class Codecs {
    private Codecs() {
    }

    /** Highest priority first (the order of an SDP offer), disabled ones last. */
    static List<Codec> list() {
        List<Codec> codecs = new ArrayList<>();
        for (pjsua_codec_info info : pjsua.pjsua_enum_codecs()) {
            try (info) {
                codecs.add(new Codec(info.getCodec_id(), info.getPriority(), info.getDesc()));
            }
        }
        codecs.sort(Comparator.comparingInt(Codec::priority).reversed());
        return List.copyOf(codecs);
    }

    static void checkPriority(String codecId, int priority) {
        WireText.line("codecId", codecId);
        if (codecId.isBlank()) {
            throw new IllegalArgumentException("codecId must name a codec (it matches ids by prefix), not '" + codecId + "'");
        }
        if (priority < 0 || priority > Codec.HIGHEST_PRIORITY) {
            throw new IllegalArgumentException("codec priority must be 0.." + Codec.HIGHEST_PRIORITY + ", not " + priority);
        }
    }

    static void setPriority(String codecId, int priority) {
        try {
            pjsua.pjsua_codec_set_priority(codecId, (short) priority);
        } catch (PjsipException e) {
            if (e.status() == pjsua.PJ_ENOTFOUND || e.status() == pjsua.PJ_EINVAL) {
                throw new IllegalArgumentException("codecId '" + codecId + "' matches no codec; these exist: "
                        + list().stream().map(Codec::id).toList(), e);
            }
            throw e;
        }
    }
}
