package dev.punchlist.web.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The proxies whose forwarding headers are believed, by address or IPv4 CIDR block. Only literal addresses are
 * compared: a name is never looked up, so a request cannot make the server query DNS.
 */
record TrustedProxies(List<String> entries) {
    boolean contains(String address) {
        byte[] candidate = literal(address);
        return candidate != null && entries.stream().anyMatch(entry -> matches(entry, candidate));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    private static boolean matches(String entry, byte[] candidate) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null || network.length != candidate.length) {
            return false;
        }
        int bits = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((network[i / 8] & mask) != (candidate[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of an IP literal, or {@code null} for anything else. */
    private static byte[] literal(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty() || !(t.contains(":") || t.chars().allMatch(c -> c == '.' || Character.isDigit(c)))) {
            return null;
        }
        try {
            return InetAddress.getByName(t).getAddress(); // a literal: parsed, never resolved
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
