package dev.punchlist.audit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the bytes or text a user uploaded into clean text: drops a byte-order mark, makes every line
 * break a single {@code \n} (so CRLF and lone CR count as one break, as the user sees them) and undoes
 * mojibake, i.e. UTF-8 that was once decoded as Mac Roman or Windows-1252 ("üî¥" for 🔴).
 *
 * <p>Repair works on runs of non-ASCII characters: a run is mapped back to the bytes the wrong
 * decoder saw and each valid UTF-8 sequence in those bytes is decoded; characters that do not form a
 * valid sequence stay as they were, so real accented text ("Solución") is left alone. Never throws.
 */
final class TextRepair {
    private static final int[] MAC_ROMAN = byteMap(Charset.forName("x-MacRoman"));
    private static final int[] CP1252 = byteMap(Charset.forName("windows-1252"));

    private TextRepair() {
    }

    static String decode(byte[] bytes) {
        return repair(new String(bytes, StandardCharsets.UTF_8));
    }

    static String repair(String text) {
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return repairMojibake(normalizeLineBreaks(unmarked));
    }

    static String normalizeLineBreaks(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * A file is garbled by one wrong decoder, so the decoder that explains more runs of the whole text
     * is tried first for every run; the other is the fallback. Runs repeat (the same emoji on every
     * line), so each distinct run is looked at once; runs that neither decoder could have produced
     * (correct emoji, accented words) are skipped without copying them; a text with nothing to repair is
     * returned as is.
     */
    private static String repairMojibake(String text) {
        Map<String, String[]> seen = new HashMap<>();
        long mac = 0;
        long win = 0;
        for (int i = nextRun(text, 0); i < text.length(); i = nextRun(text, i)) {
            int end = runEnd(text, i);
            if (mayBeMojibake(text, i, end)) {
                String[] repaired = seen.computeIfAbsent(text.substring(i, end),
                        run -> new String[] {redecode(run, MAC_ROMAN), redecode(run, CP1252)});
                mac += repaired[0].length() < end - i ? 1 : 0;
                win += repaired[1].length() < end - i ? 1 : 0;
            }
            i = end;
        }
        if (mac == 0 && win == 0) {
            return text;
        }
        int first = win > mac ? 1 : 0;
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int i = nextRun(text, 0); i < text.length(); i = nextRun(text, i)) {
            int end = runEnd(text, i);
            if (mayBeMojibake(text, i, end)) {
                out.append(text, at, i);
                String run = text.substring(i, end);
                String[] repaired = seen.get(run);
                out.append(repaired[first].length() < run.length() ? repaired[first]
                        : repaired[1 - first].length() < run.length() ? repaired[1 - first] : run);
                at = end;
            }
            i = end;
        }
        return out.append(text, at, text.length()).toString();
    }

    private static boolean mayBeMojibake(String text, int from, int to) {
        return mayBeMojibake(text, from, to, MAC_ROMAN) || mayBeMojibake(text, from, to, CP1252);
    }

    private static int nextRun(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        return i;
    }

    private static int runEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) >= 0x80) {
            end++;
        }
        return end;
    }

    /** Re-encodes each character to the byte the wrong decoder produced it from and decodes valid UTF-8. */
    private static String redecode(String run, int[] table) {
        if (!mayBeMojibake(run, 0, run.length(), table)) {
            return run;
        }
        int[] bytes = new int[run.length()];
        for (int k = 0; k < run.length(); k++) {
            bytes[k] = table[run.charAt(k)];
        }
        StringBuilder out = new StringBuilder(run.length());
        int k = 0;
        while (k < bytes.length) {
            int length = sequenceLength(bytes, k);
            if (length > 1) {
                out.appendCodePoint(codePoint(bytes, k, length));
                k += length;
            } else {
                out.append(run.charAt(k));
                k++;
            }
        }
        return out.toString();
    }

    /** A UTF-8 lead byte seen through the wrong decoder must be followed by a continuation byte. */
    private static boolean mayBeMojibake(String text, int from, int to, int[] table) {
        for (int k = from; k + 1 < to; k++) {
            int lead = table[text.charAt(k)];
            if (lead >= 0xC2 && lead <= 0xF4) {
                int next = table[text.charAt(k + 1)];
                if (next >= 0x80 && next <= 0xBF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Length of a valid UTF-8 multi-byte sequence starting at {@code k}, or 0. */
    private static int sequenceLength(int[] bytes, int k) {
        int lead = bytes[k];
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || k + length > bytes.length) {
            return 0;
        }
        for (int j = 1; j < length; j++) {
            if (bytes[k + j] < 0x80 || bytes[k + j] > 0xBF) {
                return 0;
            }
        }
        int cp = codePoint(bytes, k, length);
        boolean overlong = (length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF));
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        return overlong || surrogate ? 0 : length;
    }

    private static int codePoint(int[] bytes, int k, int length) {
        int cp = bytes[k] & (0xFF >> (length + 1));
        for (int j = 1; j < length; j++) {
            cp = (cp << 6) | (bytes[k + j] & 0x3F);
        }
        return cp;
    }

    /** Character → byte for the high half of a single-byte charset (-1 elsewhere); undefined bytes map as Latin-1. */
    private static int[] byteMap(Charset charset) {
        int[] map = new int[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(map, -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            String decoded = new String(new byte[] {(byte) b}, charset);
            char c = decoded.isEmpty() || decoded.charAt(0) == '\uFFFD' ? (char) b : decoded.charAt(0);
            if (map[c] < 0) {
                map[c] = b;
            }
        }
        return map;
    }
}
