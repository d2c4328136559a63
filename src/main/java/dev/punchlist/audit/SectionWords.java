package dev.punchlist.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a heading's words say about its section: it holds issues, it is not work, it restates findings
 * made elsewhere, it lists extras. Read once per distinct heading (reports repeat their headings).
 */
record SectionWords(boolean issues, boolean notWork, boolean restating, boolean extras) {
    private static final Memo<SectionWords> MEMO = Memo.of(SectionWords::read);

    static SectionWords of(String title) {
        return MEMO.get(title);
    }

    private static SectionWords read(String title) {
        boolean issues = Vocabulary.ISSUE_SECTION.matcher(title).find();
        boolean notWork = Vocabulary.NOT_WORK_SECTION.matcher(title).find() || Labels.praisesOnly(status(title));
        return new SectionWords(issues, notWork, restating(title, issues),
                Vocabulary.EXTRAS_SECTION.matcher(title).find());
    }

    /**
     * "5.1 Zugriffskontrolle — VORHANDEN": what a heading says of its topic after a dash; "" when nothing.
     * A grade ("Score: 8/10 - Good") praises the whole, not the lines under it.
     */
    private static String status(String title) {
        Matcher m = STATUS.matcher(title);
        if (Headings.hasScore(title)) {
            return "";
        }
        return m.find() ? m.group(1) : "";
    }

    private static final Pattern STATUS = Pattern.compile("\\s[—–-]\\s+([^—–]{2,40})$");

    /** "Top 5" restates; "High findings (55, top 30 listed)" is where those findings are stated. */
    private static boolean restating(String title, boolean issues) {
        if (!Vocabulary.RESTATING_SECTION.matcher(title).find()) {
            return false;
        }
        return !issues || Vocabulary.RESTATING_SECTION.matcher(TOP_N.matcher(title).replaceAll(" ")).find();
    }

    private static final Pattern TOP_N = Pattern.compile("(?i)\\btop \\d+\\b");
}
