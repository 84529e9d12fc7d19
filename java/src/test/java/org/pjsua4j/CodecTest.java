package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Codec priorities decide what calls negotiate. */
class CodecTest extends AliceOnLoopback {
    private List<Codec> before;

    @BeforeEach
    void rememberPriorities() {
        before = ep.codecs();
    }

    /** The endpoint serves the next test too: it gets pjsua's priorities back. */
    @AfterEach
    void restorePriorities() {
        if (ep.isOpen()) {
            before.forEach(c -> ep.setCodecPriority(c.id(), c.priority()));
        }
    }

    private static AudioStream audio(Call call) {
        return call.info().audio().orElseThrow(() -> new AssertionError("no audio on " + call));
    }

    @Test
    void codecsAreListedHighestPriorityFirst() {
        List<Codec> codecs = ep.codecs();
        List<String> ids = codecs.stream().map(Codec::id).toList();
        System.out.println("codecs: " + codecs);
        assertTrue(ids.containsAll(List.of("PCMU/8000/1", "PCMA/8000/1")), ids.toString());
        for (int i = 1; i < codecs.size(); i++) {
            assertTrue(codecs.get(i - 1).priority() >= codecs.get(i).priority(), codecs.toString());
        }
    }

    @Test
    void theCodecMadeFirstIsNegotiated() throws Exception {
        ep.setCodecPriority("PCMU", Codec.HIGHEST_PRIORITY);
        assertEquals("PCMU/8000/1", ep.codecs().get(0).id());
        Connected c = Connected.call(ep, alice, "bob");
        assertEquals("PCMU", audio(c.out()).codec());
        assertEquals(8000, audio(c.out()).clockRate());
        assertEquals("PCMU", audio(c.in()).codec());
        c.out().hangup();
    }

    @Test
    void disabledCodecsAreNeitherOfferedNorAccepted() throws Exception {
        for (Codec codec : ep.codecs()) {
            if (!codec.id().startsWith("PCMA/")) {
                ep.setCodecPriority(codec.id(), 0);
            }
        }
        assertEquals(List.of("PCMA/8000/1"), ep.codecs().stream().filter(Codec::enabled).map(Codec::id).toList());
        Connected c = Connected.call(ep, alice, "bob");
        assertEquals("PCMA", audio(c.out()).codec());
        c.out().hangup();
    }

    @Test
    void unknownCodecsAndPrioritiesOutOfRangeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ep.setCodecPriority("nope", 100));
        assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("PCMU/8000/1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ep.setCodecPriority("PCMU", 256));
        assertTrue(e.getMessage().contains("256"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ep.setCodecPriority("PCMU", -1));
    }
}
