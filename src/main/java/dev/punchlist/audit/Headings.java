package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Block;
import dev.punchlist.audit.Outline.Entry;
import dev.punchlist.audit.Outline.Items;
import dev.punchlist.audit.Outline.Para;
import dev.punchlist.audit.Outline.Section;
import dev.punchlist.audit.Outline.Table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings: which are findings in their own right ("#### 🔴 CRITICAL: MD5 Password Hashing" followed
 * by File/Issue/Fix fields), which are severity tiers ("High-Priority Issues") and which are categories.
 */
final class Headings {
    private static final Memo<String> CATEGORY_MEMO = Memo.of(Headings::category);
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s\\|\\s");
    /** A field line, or several fields joined on one line ("**Agent:** 3 | **Fix:** …"). */
    private static final Memo<Boolean> STRONG_FIELD_MEMO = Memo.of(line -> {
        for (String field : FIELD_SEPARATOR.split(Clean.plain(line))) {
            if (Vocabulary.STRONG_FIELD.matcher(Votes.withoutBullet(field)).find()) {
                return true;
            }
        }
        return false;
    });

    private static final Memo<Boolean> HAS_SCORE_MEMO = Memo.of(title -> Headings.SCORE.matcher(title).find());
    private static final Memo<Boolean> IS_TIER_MEMO = Memo.of(Headings::computeIsTier);
    private static final Memo<Optional<Severity>> PRIORITY_LINE_MEMO = Memo.of(Headings::priorityLine);
    private static final Pattern SCORE = Pattern.compile("\\d+(\\.\\d+)?\\s*/\\s*\\d+|\\d+\\s*%|\\b(rating|score|grade"
            + "|puntuaci[oó]n)\\s*:?\\s*\\**\\s*\\d", Pattern.CASE_INSENSITIVE);

    private static final Pattern TIER_WORDS = Pattern.compile(
            "(?i)\\b(critical|high|medium|low|minor|major|priority|issues?|tier|\\d+)\\b");
    private static final Pattern NUMBERED = Pattern.compile("^[#\\s]*[^\\p{L}\\p{N}]*?(\\d{1,3})[.)]\\s");
    private static final Pattern NOT_WORDS = Pattern.compile("\\([^)]*\\)|[^\\p{L}\\s]|\\s+");

    private Headings() {
    }

    static boolean isFinding(Section section, String title, Context parent) {
        if (section.level <= 1 || !section.children.isEmpty() || section.blocks.isEmpty()
                || parent.notWork() != null || excluded(title)) {
            return false;
        }
        if (hasStrongFields(section.blocks.subList(0, ownBlocks(section)))) {
            return true; // a summary restates in lines; a heading with its own fields is a finding wherever it sits
        }
        if (parent.restating()) {
            return false;
        }
        if (hasItems(section) || isTier(title)) {
            return false;
        }
        Optional<Severity> marker = SeverityWords.marker(section.rawTitle);
        boolean alarming = marker.isPresent() && marker.get().ordinal() <= Severity.HIGH.ordinal();
        return SeverityWords.statedIn(title).isPresent() || alarming || parent.issueLike();
    }

    private static boolean excluded(String title) {
        SectionWords words = SectionWords.of(title);
        return words.notWork() || words.restating() || hasScore(title) || PhaseWords.names(title);
    }

    /** "Critical Issues", "🟡 HIGH Priority Issues", "Low (Nice to Have)": a tier, not a finding. */
    static boolean isTier(String title) {
        return IS_TIER_MEMO.get(title);
    }

    private static boolean computeIsTier(String title) {
        if (SeverityWords.ofWords(title).isEmpty()) {
            return false;
        }
        String rest = TIER_WORDS.matcher(title).replaceAll("");
        rest = NOT_WORDS.matcher(rest).replaceAll(" ").trim();
        return SectionWords.of(title).issues() || rest.split(" +").length <= 2;
    }

    private static boolean hasStrongFields(List<Block> blocks) {
        return Votes.anyLine(blocks, STRONG_FIELD_MEMO::get);
    }

    /** Whether the section lists work of its own (then the heading is a category, not a finding). */
    private static boolean hasItems(Section section) {
        Labels.Kind label = Labels.Kind.NONE;
        for (Block block : section.blocks) {
            if (block instanceof Para para && Labels.isLabel(para.raw())) {
                label = Labels.kind(para.raw());
                continue;
            }
            if (block instanceof Items items && label != Labels.Kind.EVIDENCE && items.entries().stream()
                    .anyMatch(Headings::isItem)) {
                return true;
            }
            if (block instanceof Table table && Tables.holdsItems(table)) {
                return true;
            }
            label = Labels.Kind.NONE;
        }
        return false;
    }

    private static boolean isItem(Entry entry) {
        String plain = Clean.plain(entry.raw());
        return !plain.isEmpty() && !Labels.isField(plain) && !ListItems.isEvidence(entry.raw());
    }

    /** The severity a heading sets for what is under it, from its words or a "Priority: X" line under it. */
    static Candidate.SeverityVote tier(Section section, String title, boolean phase) {
        if (hasScore(title)) {
            return null;
        }
        Optional<Severity> severity = SeverityWords.ofWords(title).or(() -> leadPriority(section));
        return severity.map(s -> new Candidate.SeverityVote(s, Candidate.SECTION)).orElse(null);
    }

    static Optional<Severity> leadPriority(Section section) {
        if (section.blocks.isEmpty() || !(section.blocks.get(0) instanceof Para para)) {
            return Optional.empty();
        }
        return PRIORITY_LINE_MEMO.get(para.raw());
    }

    private static Optional<Severity> priorityLine(String raw) {
        Matcher m = Vocabulary.SEVERITY_FIELD.matcher(Clean.plain(raw));
        return m.lookingAt() ? SeverityWords.ofLabel(m.group(2)) : Optional.empty();
    }

    static String category(String title, boolean phase) {
        return phase ? null : CATEGORY_MEMO.get(title);
    }

    private static String category(String title) {
        SectionWords words = SectionWords.of(title);
        boolean generic = SeverityWords.ofWords(title).isPresent() || words.issues() || words.restating()
                || words.notWork();
        return generic ? null : Titles.category(title);
    }

    static boolean hasScore(String title) {
        return HAS_SCORE_MEMO.get(title);
    }

    /**
     * A finding's own blocks end where a label such as "**Minor Issues:**" or "**Strengths:**" starts a
     * new list: Markdown headings do not close, so such a list after the last finding of a section
     * belongs to the section, not to that finding.
     */
    static int ownBlocks(Section section) {
        for (int i = 1; i < section.blocks.size(); i++) {
            if (section.blocks.get(i) instanceof Para para && Labels.startsGroup(para.raw())) {
                return i;
            }
        }
        return section.blocks.size();
    }

    /** "#### 5. **No Rate Limiting**", "#### 🔴 **2. No CSRF Protection**": the heading's place in a numbered list. */
    static int number(String rawTitle) {
        Matcher numbered = NUMBERED.matcher(rawTitle);
        return numbered.find() ? Integer.parseInt(numbered.group(1)) : -1;
    }

    static void candidate(Section section, String title, Context ctx, Collector collector) {
        int own = ownBlocks(section);
        List<Block> blocks = section.blocks.subList(0, own);
        StringBuilder text = new StringBuilder(section.rawTitle);
        Collector.appendRaw(blocks, text);
        int container = -1_000_000 - (section.parent == null ? 0 : section.parent.line);
        Candidate c = new Candidate(section.line, Math.max(section.line, section.endLine), ctx.path(),
                Titles.clean(title), text.toString(), ctx.kind(), container);
        Votes.fromText(c, title, section.rawTitle, ctx);
        c.number = number(section.rawTitle);
        c.block = "heading";
        Votes.fromFields(c, blocks);
        collector.add(c);
        collector.blocks(section.blocks.subList(own, section.blocks.size()), ctx);
    }
}
