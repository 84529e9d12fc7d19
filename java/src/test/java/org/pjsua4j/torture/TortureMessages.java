package org.pjsua4j.torture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The RFC 4475 torture messages, byte-exact test resources (rfc4475/, see SOURCE.md there), in name
 * order.
 */
final class TortureMessages {
    /** One message: its file name without .dat, and its bytes. */
    record Message(String name, SipBytes sip) {
        /** @return whether a response belongs to this message: the same Call-ID and CSeq (both may be absent) */
        boolean answeredBy(SipBytes response) {
            return Objects.equals(sip.header("call-id"), response.header("call-id"))
                    && Objects.equals(sip.cseq(), response.cseq());
        }
    }

    private TortureMessages() {
    }

    static List<Message> all() {
        List<Message> messages = new ArrayList<>();
        for (String name : Rfc4475Expectations.names()) {
            try (InputStream in = TortureMessages.class.getResourceAsStream("/rfc4475/" + name + ".dat")) {
                if (in == null) {
                    throw new IllegalStateException("test resource rfc4475/" + name + ".dat is missing");
                }
                messages.add(new Message(name, new SipBytes(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return messages;
    }
}
