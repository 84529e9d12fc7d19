package org.pjsua4j.torture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pjsua4j.raw.PjsipException;

/**
 * The wire check: every text parameter that ends up in a SIP message ({@link WireRows}) is tried with
 * CR, LF, CRLF and NUL, each followed by "X-Evil: 1", against a peer that captures every byte it
 * gets. The capture is the proof: no line of any message's header section is anything but one header,
 * none is X-Evil. One-line parameters must be refused at the call with an IllegalArgumentException
 * naming them; the clean control value must arrive, which shows the capture would have seen an
 * injection. The table goes to target/wire-check-table.txt.
 */
class WireCheckTest {
    private static final Duration ARRIVAL = Duration.ofSeconds(5);
    private static final Duration SETTLE = Duration.ofMillis(100);
    private static final Map<String, List<String>> TABLE = new LinkedHashMap<>();
    private static WireFixture fixture;

    /** The variants tried for each parameter: the clean control, then the injections. */
    enum Injection {
        CONTROL(""), CR("\rX-Evil: 1"), LF("\nX-Evil: 1"), CRLF("\r\nX-Evil: 1"), NUL("\0X-Evil: 1");

        final String text;

        Injection(String text) {
            this.text = text;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        fixture = new WireFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
        StringBuilder sb = new StringBuilder(String.format("%-52s %-8s %-16s %-16s %-16s %s%n", "parameter", "control",
                "CR", "LF", "CRLF", "NUL"));
        TABLE.forEach((p, cells) -> sb.append(String.format("%-52s %-8s %-16s %-16s %-16s %s%n",
                Stream.concat(Stream.of(p), cells.stream()).toArray())));
        Files.writeString(Path.of("target", "wire-check-table.txt"), sb);
        System.out.println(sb);
    }

    @TestFactory
    Stream<DynamicTest> noParameterAddsAHeaderLine() {
        return WireRows.all().stream().map(row -> DynamicTest.dynamicTest(row.parameter(), () -> check(row)));
    }

    private static void check(WireRow row) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (Injection inj : Injection.values()) {
            cells.add(variant(row, inj, problems));
        }
        TABLE.put(row.parameter(), cells);
        assertTrue(problems.isEmpty(), row.parameter() + ":\n" + String.join("\n", problems));
    }

    /** @return the table cell: what the API did and what the capture showed */
    private static String variant(WireRow row, Injection inj, List<String> problems) throws Exception {
        String value = row.value().of(row.marker(), inj.text);
        String tried = inj + " '" + HeaderLines.visible(value) + "'";
        fixture.peer.clear();
        RuntimeException refusal = null;
        try {
            row.attempt().set(fixture, value).send();
        } catch (IllegalArgumentException | PjsipException e) {
            refusal = e;
        }
        boolean mustRefuse = switch (row.kind()) {
            case LINE -> inj != Injection.CONTROL;
            case TEXT_BODY -> inj == Injection.NUL;
        };
        boolean seen = refusal == null && fixture.peer.await(row::seenIn, ARRIVAL);
        if (refusal != null || !seen) {
            Thread.sleep(SETTLE.toMillis());
        }
        List<String> wire = new ArrayList<>();
        List<SipBytes> capture = fixture.peer.captured();
        for (SipBytes m : capture) {
            HeaderLines.problems(m).forEach(p -> wire.add(p + " in " + HeaderLines.visible(m.startLine())));
        }
        fixture.endRow();

        problems.addAll(wire.stream().map(w -> tried + ": " + w).toList());
        if (refusal == null && !seen) {
            problems.add(tried + ": accepted, but the value never reached the peer, which got: "
                    + capture.stream().map(m -> HeaderLines.visible(m.head())).toList());
        }
        if (mustRefuse && refusal == null) {
            problems.add(tried + ": accepted; it must be refused");
        } else if (mustRefuse && row.named() != null && !(refusal instanceof IllegalArgumentException
                && refusal.getMessage().contains(row.named()))) {
            problems.add(tried + ": refused with " + refusal + ", not an IllegalArgumentException naming " + row.named());
        } else if (!mustRefuse && refusal != null) {
            problems.add(tried + ": refused (" + refusal + "), though it may be sent");
        }
        String cell = refusal instanceof IllegalArgumentException ? "IAE"
                : refusal != null ? "PjsipExc" : seen ? (inj == Injection.CONTROL ? "seen" : "sent,body") : "lost";
        return cell + (wire.isEmpty() ? "" : ",INJECTED");
    }
}
