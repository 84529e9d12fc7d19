package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Watchers' subscriptions ending while the account they watch changes its status, in a child JVM:
 * pjsua walked the account's watchers without the lock under which ending ones are unlinked, and a
 * walk standing on one as it went circled on it forever (BuddyTest hung so on CI, logging an
 * assertion per turn; pjsua-presence-update-walk.patch).
 */
class PresenceChurnTest {
    private static final long SECONDS = Long.getLong("pjsua4j.presenceChurn.seconds", 10);

    @Test
    void statusChangesRacingEndingSubscriptionsNeitherHangNorCrash() throws Exception {
        ChildJvm.Outcome run = ChildJvm.run(Path.of(System.getProperty("java.home")), Map.of(), List.of(),
                PresenceChurn.class, List.of(Long.toString(SECONDS), "4"), Duration.ofSeconds(SECONDS + 60));
        System.out.println("PresenceChurnTest: " + run.values());
        assertFalse(run.timedOut(), "hung:\n" + tail(run.output()));
        assertEquals(0, run.exitCode(), tail(run.output()));
        assertTrue(run.number("toggles") > 100 && run.number("rounds") > 10, run.values().toString());
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }
}
