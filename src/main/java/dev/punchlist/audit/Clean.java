package dev.punchlist.audit;

import java.util.regex.Pattern;

/** Turns raw Markdown snippets into the plain words a person reads. */
final class Clean {
    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s{0,3}#{1,6}\\s*|\\s+#+\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]{0,300})]\\([^)\\n]{0,500}\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|~~");
    private static final Pattern SYMBOLS = Pattern.compile(
            "[\\p{So}\\p{Cs}\\p{Co}\\uFE0F\\u20E3\\u200D\\u2713-\\u2718\\u2022\\u25CF\\u2190-\\u21FF]");
    private static final Pattern CITATION = Pattern.compile("【[^】\\n]{0,300}】");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:#?\\d+(?:\\.\\d+)*[.):]?\\s+|[-*+]\\s+)");

    private Clean() {
    }

    /** Plain text: no heading marks, emphasis, links, emoji or citation markers; code keeps its text. */
    static String plain(String raw) {
        String s = raw.indexOf('#') >= 0 ? HEADING_MARKS.matcher(raw).replaceAll("") : raw;
        s = s.indexOf('【') >= 0 ? CITATION.matcher(s).replaceAll("") : s;
        s = s.indexOf('[') >= 0 ? LINK.matcher(s).replaceAll("$1") : s;
        s = hasAny(s, "*_~") ? EMPHASIS.matcher(s).replaceAll("") : s;
        s = s.replace("`", "");
        s = hasSymbol(s) ? SYMBOLS.matcher(s).replaceAll(" ") : s;
        return collapseSpaces(s);
    }

    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Symbols, emoji and arrows all live above U+2000; plain ASCII text can skip the symbol pass. */
    private static boolean hasSymbol(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x2000) {
                return true;
            }
        }
        return false;
    }

    /** Plain text without a leading "1.", "2)", "1.1" or bullet. */
    static String unnumbered(String plain) {
        String s = plain;
        for (int i = 0; i < 2; i++) {
            s = LEADING_NUMBER.matcher(s).replaceFirst("");
        }
        return s.trim();
    }

    static String firstLine(String raw) {
        int nl = raw.indexOf('\n');
        return nl < 0 ? raw : raw.substring(0, nl);
    }

    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return (cut > max / 2 ? s.substring(0, cut) : s.substring(0, max)).trim() + "…";
    }
}
