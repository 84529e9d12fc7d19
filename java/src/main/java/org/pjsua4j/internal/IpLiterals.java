package org.pjsua4j.internal;

/**
 * Whether a string is a literal IP address, checked by its text alone: InetAddress would look up
 * anything that is not a literal in DNS.
 */
public final class IpLiterals {
    private IpLiterals() {
    }

    /**
     * @param s the text
     * @return true for a dotted-quad IPv4 address, e.g. 127.0.0.1
     */
    public static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param s the text, without brackets
     * @return true for an RFC 4291 IPv6 address, e.g. ::1 or fe80::1, also with a trailing IPv4 part
     */
    public static boolean isIpv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return false; // one :: at most
        }
        String[] head = gap < 0 ? s.split(":", -1) : split(s.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : split(s.substring(gap + 2));
        int groups = 0;
        String[][] sides = {head, tail};
        for (int side = 0; side < 2; side++) {
            String[] parts = sides[side];
            for (int i = 0; i < parts.length; i++) {
                boolean last = side == (gap < 0 ? 0 : 1) && i == parts.length - 1;
                if (last && parts[i].indexOf('.') >= 0) {
                    if (!isIpv4(parts[i])) {
                        return false;
                    }
                    groups += 2;
                } else if (parts[i].length() < 1 || parts[i].length() > 4
                        || !parts[i].chars().allMatch(IpLiterals::isHexDigit)) {
                    return false;
                } else {
                    groups++;
                }
            }
        }
        return gap < 0 ? groups == 8 : groups <= 7;
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String[] split(String side) {
        return side.isEmpty() ? new String[0] : side.split(":", -1);
    }
}
