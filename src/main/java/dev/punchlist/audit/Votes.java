package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Block;
import dev.punchlist.audit.Outline.CodeBlock;
import dev.punchlist.audit.Outline.Entry;
import dev.punchlist.audit.Outline.Items;
import dev.punchlist.audit.Outline.Para;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/** Writes down what a mention's own words and its context say about severity, effort and phase. */
final class Votes {
    private Votes() {
    }

    static String withoutBullet(String plain) {
        return plain.length() > 1 && "-*+".indexOf(plain.charAt(0)) >= 0 && plain.charAt(1) == ' '
                ? plain.substring(2).stripLeading() : plain;
    }

    /** Votes from a mention's title line and its enclosing context. */
    static void fromText(Candidate c, String titlePlain, String raw, Context ctx) {
        TitleWords title = TITLE_WORDS.get(titlePlain);
        title.severity().ifPresent(s -> c.severity(s, Candidate.OWN));
        String firstLine = Clean.firstLine(raw);
        SeverityWords.marker(firstLine).ifPresent(s -> c.severity(s, Candidate.MARKER));
        if (SeverityWords.hasWarningMarker(firstLine)) {
            c.severity(Severity.MEDIUM, Candidate.WARNING);
        }
        if (ctx.severity() != null) {
            c.severity(ctx.severity().severity(), ctx.severity().level());
        }
        title.parenthetical().ifPresent(e -> c.effort(e, Candidate.SECTION));
        title.inline().ifPresent(e -> c.effort(e, Candidate.OWN));
        if (title.optional()) {
            c.severity(Severity.LOW, Candidate.OWN);
            c.place(2, 3);
        }
        if (ctx.phase() != null) {
            c.place(ctx.phase(), 2);
        }
        c.ids.addAll(title.ids());
        c.category = ctx.category();
        c.part = ctx.part();
    }

    /** "Severity:", "Effort:" and "Category:" fields anywhere in a finding's own blocks. */
    static void fromFields(Candidate c, List<Block> blocks) {
        boolean[] seen = new boolean[3];
        anyLine(blocks, line -> {
            Field field = FIELDS.get(line);
            if (!seen[0] && field.severity() != null) {
                c.severity(field.severity(), Candidate.OWN);
                seen[0] = true;
            }
            if (!seen[1] && field.effort() != null) {
                c.effort(field.effort(), Candidate.OWN);
                seen[1] = true;
            }
            if (!seen[2] && field.category() != null) {
                c.category = field.category();
                seen[2] = true;
            }
            return seen[0] && seen[1] && seen[2];
        });
    }

    /** What one line of a finding's body states as a field; null where it states nothing. */
    private record Field(Severity severity, Effort effort, String category) {
    }

    private static final Memo<Field> FIELDS = Memo.of(Votes::field);

    /**
     * What a mention's title says about itself: a stated severity, an estimate in brackets or inline, that
     * it is optional, the ids it carries. Read in one look-up per title rather than one per question.
     */
    private record TitleWords(Optional<Severity> severity, Optional<Effort> parenthetical, Optional<Effort> inline,
                              boolean optional, List<String> ids) {
    }

    private static final Memo<TitleWords> TITLE_WORDS = Memo.of(title -> new TitleWords(
            SeverityWords.statedIn(title), EffortReader.parenthetical(title), EffortReader.inline(title),
            Vocabulary.OPTIONAL.matcher(title).find(), Titles.ids(title)));

    private static Field field(String line) {
        String plain = withoutBullet(Clean.plain(line));
        Matcher severity = Vocabulary.SEVERITY_FIELD.matcher(plain);
        Severity stated = severity.lookingAt() ? SeverityWords.ofLabel(severity.group(2)).orElse(null) : null;
        Matcher effort = Vocabulary.EFFORT_FIELD.matcher(plain);
        Effort estimate = effort.lookingAt() ? EffortReader.first(effort.group(2)).orElse(null) : null;
        Matcher category = Vocabulary.CATEGORY_FIELD.matcher(plain);
        String named = category.lookingAt() && !category.group(2).isBlank()
                ? Clean.truncate(category.group(2).trim(), 80) : null;
        return new Field(stated, estimate, named);
    }

    /**
     * Offers each line of the blocks' own text (paragraphs, list items and their children, effort lines
     * of code blocks) to {@code stop} until it returns true; true if it did. No per-line lists or streams.
     */
    static boolean anyLine(List<Block> blocks, Predicate<String> stop) {
        for (Block block : blocks) {
            if (anyLine(block, stop)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyLine(Block block, Predicate<String> stop) {
        if (block instanceof Para para) {
            return anyLine(para.raw(), stop);
        }
        if (block instanceof CodeBlock code) {
            return anyLine(code.raw(), l -> Vocabulary.EFFORT_FIELD.matcher(l.strip()).lookingAt() && stop.test(l));
        }
        if (block instanceof Items items) {
            for (Entry entry : items.entries()) {
                if (anyLine(entry.raw(), stop) || anyLine(entry.children(), stop)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyLine(String text, Predicate<String> stop) {
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            if (stop.test(text.substring(at, end))) {
                return true;
            }
            at = end + 1;
        }
        return false;
    }
}
