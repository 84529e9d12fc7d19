package org.pjsua4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An AccountConfig can be logged: no password shows, wherever it was put. */
class AccountConfigTextTest {
    @Test
    void toStringHidesPasswordsInEveryUriAndCredential() {
        String text = AccountConfig.builder("sip:ida:pw1@127.0.0.1").registrar("sip:reg:pw2@127.0.0.1")
                .proxy("sip:px:pw3@127.0.0.1;lr").proxy("sip:127.0.0.2;lr").credential("*", "ida", "pw4").build()
                .toString();
        for (String secret : new String[] {"pw1", "pw2", "pw3", "pw4"}) {
            assertFalse(text.contains(secret), secret + " in " + text);
        }
        assertTrue(text.contains("sip:reg:***@127.0.0.1") && text.contains("sip:127.0.0.2;lr"), text);
    }
}
