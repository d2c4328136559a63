package dev.punchlist.audit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    private static final Map<Character, Integer> MAC_ROMAN = byteMap(Charset.forName("x-MacRoman"));
    private static final Map<Character, Integer> CP1252 = byteMap(Charset.forName("windows-1252"));

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
     * is tried first for every run; the other is the fallback.
     */
    private static String repairMojibake(String text) {
        List<String> runs = runs(text);
        if (runs.isEmpty()) {
            return text;
        }
        long mac = runs.stream().filter(r -> redecode(r, MAC_ROMAN).length() < r.length()).count();
        long win = runs.stream().filter(r -> redecode(r, CP1252).length() < r.length()).count();
        List<Map<Character, Integer>> order = win > mac ? List.of(CP1252, MAC_ROMAN) : List.of(MAC_ROMAN, CP1252);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            out.append(repairRun(text.substring(i, end), order));
            i = end;
        }
        return out.toString();
    }

    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            if (end - i >= 2) {
                runs.add(text.substring(i, end));
            }
            i = end;
        }
        return runs;
    }

    /** The first decoder in {@code order} that explains the run; the run itself if none does. */
    private static String repairRun(String run, List<Map<Character, Integer>> order) {
        if (run.length() < 2) {
            return run;
        }
        for (Map<Character, Integer> table : order) {
            String repaired = redecode(run, table);
            if (repaired.length() < run.length()) {
                return repaired;
            }
        }
        return run;
    }

    /** Re-encodes each character to the byte the wrong decoder produced it from and decodes valid UTF-8. */
    private static String redecode(String run, Map<Character, Integer> table) {
        if (!mayBeMojibake(run, table)) {
            return run;
        }
        int[] bytes = new int[run.length()];
        for (int k = 0; k < run.length(); k++) {
            Integer b = table.get(run.charAt(k));
            bytes[k] = b == null ? -1 : b;
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
    private static boolean mayBeMojibake(String run, Map<Character, Integer> table) {
        for (int k = 0; k + 1 < run.length(); k++) {
            Integer lead = table.get(run.charAt(k));
            if (lead != null && lead >= 0xC2 && lead <= 0xF4) {
                Integer next = table.get(run.charAt(k + 1));
                if (next != null && next >= 0x80 && next <= 0xBF) {
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

    /** Character → byte for the high half of a single-byte charset; undefined bytes map as Latin-1. */
    private static Map<Character, Integer> byteMap(Charset charset) {
        Map<Character, Integer> map = new HashMap<>();
        for (int b = 0x80; b <= 0xFF; b++) {
            String decoded = new String(new byte[] {(byte) b}, charset);
            char c = decoded.isEmpty() || decoded.charAt(0) == '\uFFFD' ? (char) b : decoded.charAt(0);
            map.putIfAbsent(c, b);
        }
        return map;
    }
}
