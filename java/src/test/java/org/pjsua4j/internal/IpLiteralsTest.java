package org.pjsua4j.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpLiteralsTest {
    @Test
    void ipv4IsFourDecimalOctets() {
        for (String ok : new String[] {"127.0.0.1", "0.0.0.0", "255.255.255.255", "10.1.2.3"}) {
            assertTrue(IpLiterals.isIpv4(ok), ok);
        }
        for (String bad : new String[] {"", "999.1", "1.2.3", "1.2.3.4.5", "256.0.0.1", "01.2.3.4", "1..2.3",
                "1.2.3.4 ", "a.b.c.d", "example.org", "\u0661.2.3.4", "-1.2.3.4", "+1.2.3.4"}) {
            assertFalse(IpLiterals.isIpv4(bad), bad);
        }
    }

    @Test
    void ipv6IsEightHexGroupsWithOneGapAtMost() {
        for (String ok : new String[] {"::1", "::", "fe80::1", "2001:db8:0:0:0:0:0:1", "2001:DB8::", "::ffff:127.0.0.1",
                "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:127.0.0.1"}) {
            assertTrue(IpLiterals.isIpv6(ok), ok);
        }
        for (String bad : new String[] {"", ":", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", "g::1",
                "example.org:5060", "[::1]", "::1%lo", "1:2:3:4:5:6:7:8::", ":::1", "1.2.3.4::", "::999.0.0.1",
                "\uff11::1"}) {
            assertFalse(IpLiterals.isIpv6(bad), bad);
        }
    }
}
