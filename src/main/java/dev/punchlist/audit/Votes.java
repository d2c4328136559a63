package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Block;
import dev.punchlist.audit.Outline.CodeBlock;
import dev.punchlist.audit.Outline.Entry;
import dev.punchlist.audit.Outline.Items;
import dev.punchlist.audit.Outline.Para;

import java.util.List;
import java.util.Optional;
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
        SeverityWords.statedIn(titlePlain).ifPresent(s -> c.severity(s, Candidate.OWN));
        String firstLine = Clean.firstLine(raw);
        SeverityWords.marker(firstLine).ifPresent(s -> c.severity(s, Candidate.MARKER));
        if (SeverityWords.hasWarningMarker(firstLine)) {
            c.severity(Severity.MEDIUM, Candidate.WARNING);
        }
        if (ctx.severity() != null) {
            c.severity(ctx.severity().severity(), ctx.severity().level());
        }
        EffortReader.parenthetical(titlePlain).ifPresent(e -> c.effort(e, Candidate.SECTION));
        Matcher inline = Vocabulary.INLINE_EFFORT.matcher(titlePlain);
        if (inline.find()) {
            EffortReader.first(inline.group(2)).ifPresent(e -> c.effort(e, Candidate.OWN));
        }
        if (Vocabulary.OPTIONAL.matcher(titlePlain).find()) {
            c.severity(Severity.LOW, Candidate.OWN);
            c.place(2, 3);
        }
        if (ctx.phase() != null) {
            c.place(ctx.phase(), 2);
        }
        c.ids.addAll(Titles.ids(titlePlain));
        c.category = ctx.category();
    }

    /** "Severity:", "Effort:" and "Category:" fields anywhere in a finding's own blocks. */
    static void fromFields(Candidate c, List<Block> blocks) {
        boolean[] seen = new boolean[3];
        for (String line : (Iterable<String>) lines(blocks)::iterator) {
            field(c, withoutBullet(Clean.plain(line)), seen);
        }
    }

    private static void field(Candidate c, String plain, boolean[] seen) {
        Matcher severity = Vocabulary.SEVERITY_FIELD.matcher(plain);
        if (!seen[0] && severity.lookingAt()) {
            Optional<Severity> s = SeverityWords.ofLabel(severity.group(2));
            s.ifPresent(v -> c.severity(v, Candidate.OWN));
            seen[0] = s.isPresent();
        }
        Matcher effort = Vocabulary.EFFORT_FIELD.matcher(plain);
        if (!seen[1] && effort.lookingAt()) {
            Optional<Effort> e = EffortReader.first(effort.group(2));
            e.ifPresent(v -> c.effort(v, Candidate.OWN));
            seen[1] = e.isPresent();
        }
        Matcher category = Vocabulary.CATEGORY_FIELD.matcher(plain);
        if (!seen[2] && category.lookingAt() && !category.group(2).isBlank()) {
            c.category = Clean.truncate(category.group(2).trim(), 80);
            seen[2] = true;
        }
    }

    static java.util.stream.Stream<String> lines(List<Block> blocks) {
        return blocks.stream().flatMap(Votes::lines);
    }

    private static java.util.stream.Stream<String> lines(Block block) {
        if (block instanceof Para para) {
            return para.raw().lines();
        }
        if (block instanceof CodeBlock code) {
            return code.raw().lines().filter(l -> Vocabulary.EFFORT_FIELD.matcher(l.strip()).lookingAt());
        }
        if (block instanceof Items items) {
            return items.entries().stream().flatMap(Votes::lines);
        }
        return java.util.stream.Stream.empty();
    }

    private static java.util.stream.Stream<String> lines(Entry entry) {
        return java.util.stream.Stream.concat(entry.raw().lines(), lines(entry.children()));
    }
}
