package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Entry;
import dev.punchlist.audit.Outline.Task;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bullet, numbered and task-list items: which are work, which are not, and the mention each makes. */
final class ListItems {
    private static final Memo<String> DONE_MEMO = Memo.of(ListItems::done);
    private static final Memo<Boolean> EVIDENCE_MEMO = Memo.of(ListItems::computeIsEvidence);
    private static final Memo<Lead> LEAD_MEMO = Memo.of(ListItems::lead);
    private static final Memo<String> BOLD_TITLE_MEMO = Memo.of(ListItems::boldTitle);
    private static final Pattern CODE_OR_LINK = Pattern.compile("`[^`\\n]*`|\\[[^\\]\\n]*]\\([^)\\n]*\\)|https?://\\S+");
    private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}{2,}");
    /**
     * A file or path: a name with an extension or a dotted identifier, a path from the root, two or more
     * slashes, or a folder ending in one. "CI/CD" and "performance/load" are words, not paths.
     */
    private static final Pattern PATH_LIKE = Pattern.compile("[\\w./-]*\\w\\.[A-Za-z_]\\w*"
            + "|(?<![\\w/])/[\\w*-]+(?:/[\\w.*-]*)*|\\w[\\w.-]*(?:/[\\w.*-]+){2,}/?|\\w[\\w.-]*/(?![\\w])");

    private ListItems() {
    }

    static Optional<String> notWorkReason(Entry entry, String plain, Context ctx) {
        if (entry.task() == Task.DONE) {
            return Optional.of("done ([x])");
        }
        String done = DONE_MEMO.get(entry.raw());
        return Optional.ofNullable(done != null ? done : ctx.notWork());
    }

    /** Ticked ([x]) or marked passing (✅): the author's own mark that it is not open work. */
    static boolean markedDone(Entry entry) {
        return entry.task() == Task.DONE;
    }

    private static String done(String raw) {
        if (Vocabulary.PASSED_MARK.matcher(raw.strip()).find()) {
            return "marked as passing (✅)";
        }
        return Vocabulary.DONE_WORDS.matcher(raw).find() ? "already done" : null;
    }

    /** A bullet that only names files, identifiers or links is evidence, not a task. */
    static boolean isEvidence(String raw) {
        return EVIDENCE_MEMO.get(raw);
    }

    private static boolean computeIsEvidence(String raw) {
        String plain = Clean.plain(raw);
        boolean hasCode = raw.contains("`") || raw.contains("http") || PATH_LIKE.matcher(plain).find();
        if (!hasCode) {
            return false;
        }
        String rest = CODE_OR_LINK.matcher(raw).replaceAll(" ");
        rest = PATH_LIKE.matcher(rest).replaceAll(" ");
        Matcher words = LETTER_WORD.matcher(rest);
        int count = 0;
        while (words.find() && count < 3) {
            count++;
        }
        return count <= 2;
    }

    /** An item's line without its leading time box ("**Today:**") or schedule slot ("Days 1-2:"). */
    private record Lead(Integer phase, boolean scheduled, String rest) {
    }

    private static Lead lead(String plain) {
        String titleText = plain;
        Integer inlinePhase = null;
        Matcher timeBox = Vocabulary.INLINE_TIME_BOX.matcher(titleText);
        if (timeBox.lookingAt()) {
            int urgency = PhaseWords.urgency(timeBox.group(1));
            inlinePhase = urgency >= 0 ? urgency : null;
            titleText = titleText.substring(timeBox.end());
        }
        Matcher slot = Vocabulary.SCHEDULE_SLOT.matcher(titleText);
        boolean scheduled = slot.lookingAt();
        if (scheduled) {
            titleText = titleText.substring(slot.end());
        }
        return new Lead(inlinePhase, scheduled, titleText);
    }

    static Candidate candidate(Entry entry, String plain, Context ctx, int container) {
        Lead lead = LEAD_MEMO.get(plain);
        String titleText = lead.rest();
        Integer inlinePhase = lead.phase();
        boolean scheduled = lead.scheduled();
        String text = entry.raw();
        if (!entry.children().isEmpty()) {
            StringBuilder withChildren = new StringBuilder(text);
            Collector.appendRaw(entry.children(), withChildren);
            text = withChildren.toString();
        }
        Candidate c = new Candidate(entry.line(), entry.endLine(), ctx.path(), title(entry.raw(), titleText),
                text, ctx.kind(), container);
        Votes.fromText(c, titleText, entry.raw(), ctx);
        Votes.fromFields(c, entry.children());
        if (ctx.ranking() && ctx.severity() != null && entry.children().isEmpty()) {
            c.severity(ctx.severity().severity(), Candidate.OWN);
            c.ranked = true;
        }
        if (inlinePhase != null) {
            c.placements.clear(); // the item's own time box is more specific than its section's
            c.place(inlinePhase, 1);
        }
        if (scheduled) {
            Arrays.stream(titleText.split("\\s*[,;]\\s*")).map(String::trim).filter(p -> !p.isEmpty())
                    .forEach(c.pieces::add);
            if (c.pieces.size() < 2) {
                c.pieces.clear();
            }
        }
        return c;
    }

    /** A bold lead ("**Secrets ship with demo defaults.** The settings…") is the title of a long item. */
    private static String title(String raw, String titleText) {
        String bold = BOLD_TITLE_MEMO.get(raw);
        return Titles.clean(bold != null && titleText.length() > 60 ? bold : titleText);
    }

    /** The bold lead of an item when it can be a title: two words or more, not a label or a field. */
    private static String boldTitle(String raw) {
        Matcher bold = Labels.BOLD_LEAD.matcher(raw);
        if (!bold.lookingAt()) {
            return null;
        }
        String lead = bold.group(1);
        boolean labelOnly = SeverityWords.statedIn(lead).isPresent()
                || Vocabulary.INLINE_TIME_BOX.matcher(lead + ":").lookingAt() || Labels.isField(lead);
        return !labelOnly && lead.trim().split("\\s+").length >= 2 ? lead : null;
    }
}
