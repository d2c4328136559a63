package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Block;
import dev.punchlist.audit.Outline.CodeBlock;
import dev.punchlist.audit.Outline.Entry;
import dev.punchlist.audit.Outline.Items;
import dev.punchlist.audit.Outline.Para;
import dev.punchlist.audit.Outline.Section;
import dev.punchlist.audit.Outline.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Walks the outline and writes down every mention of possible work (a finding heading, a list item, a
 * table row, a bold-led paragraph in an issues section) with what its own text and its enclosing
 * sections say about severity, effort and phase. Lines that are not work go to {@link #notWork}.
 */
final class Collector {
    final List<Candidate> candidates = new ArrayList<>();
    final List<NotWork> notWork = new ArrayList<>();
    final List<PhaseBudget> budgets = new ArrayList<>();
    private final Tables tables = new Tables(this);

    void collect(Section root) {
        blocks(root.blocks, Context.ROOT);
        children(root, Context.ROOT);
    }

    private void children(Section parent, Context ctx) {
        if (parent.children.isEmpty()) {
            return; // most sections are leaves: nothing to map or count
        }
        int count = parent.children.size();
        List<String> titles = new ArrayList<>(count);
        boolean[] tiers = new boolean[count];
        int tierCount = 0;
        for (int i = 0; i < count; i++) {
            Section child = parent.children.get(i);
            titles.add(urgencyText(child));
            tiers[i] = isRankingTier(child);
            tierCount += tiers[i] ? 1 : 0;
        }
        List<Integer> phases = PhaseWords.map(titles);
        for (int i = 0; i < count; i++) {
            Section child = parent.children.get(i);
            Integer phase = child.level <= 1 ? null : phases.get(i);
            section(child, ctx, phase, tierCount >= 2 && tiers[i]);
        }
    }

    /** A leaf section named for a severity tier that only lists items: one tier of a ranking. */
    private static boolean isRankingTier(Section section) {
        return section.children.isEmpty() && Headings.isTier(section.title) && !section.blocks.isEmpty()
                && onlyLists(section.blocks);
    }

    private static boolean onlyLists(List<Block> blocks) {
        for (Block block : blocks) {
            if (!(block instanceof Items)) {
                return false;
            }
        }
        return true;
    }

    private void section(Section section, Context parent, Integer phase, boolean rankingTier) {
        String title = section.title;
        if (phase == null && Headings.isFinding(section, title, parent)) {
            Headings.candidate(section, title, parent, this);
            return;
        }
        Context ctx = isDocumentTitle(section) ? parent.enterTitle(title)
                : parent.enter(section.line, title, Headings.tier(section, title, phase != null), phase,
                        Headings.category(title, phase != null));
        blocks(section.blocks, rankingTier ? ctx.asRanking() : ctx);
        children(section, ctx);
    }

    /** The first top-level heading names the document; its words ("…Summary") say nothing about its lines. */
    private static boolean isDocumentTitle(Section section) {
        if (section.level != 1 || section.parent == null) {
            return false;
        }
        for (Section sibling : section.parent.children) {
            if (sibling.level == 1) {
                return sibling == section;
            }
        }
        return false;
    }

    /** A heading's words plus a leading "Priority: X" line under it, which says how urgent it is. */
    private static String urgencyText(Section section) {
        String title = section.title;
        Optional<Severity> lead = Headings.leadPriority(section);
        return lead.map(s -> title + " (" + s.label() + ")").orElse(title);
    }

    void blocks(List<Block> blocks, Context ctx) {
        Labels.Kind label = Labels.Kind.NONE;
        Optional<Severity> labelSeverity = Optional.empty();
        String labelText = null;
        boolean ranking = tierLabels(blocks) >= 2;
        for (Block block : blocks) {
            if (block instanceof Para para) {
                if (Labels.isLabel(para.raw())) {
                    label = Labels.kind(para.raw());
                    labelSeverity = Labels.severity(para.raw());
                    labelText = Clean.plain(para.raw());
                    continue;
                }
                paragraph(para, ctx);
            } else if (block instanceof Items items) {
                Context listCtx = labelSeverity.isPresent()
                        ? ctx.withSeverity(new Candidate.SeverityVote(labelSeverity.get(), Candidate.SECTION)) : ctx;
                int first = candidates.size();
                list(items, ranking && labelSeverity.isPresent() ? listCtx.asRanking() : listCtx, label);
                for (Candidate c : candidates.subList(first, candidates.size())) {
                    c.lead = labelText;
                }
            } else if (block instanceof Table table) {
                tables.table(table, ctx);
            }
            label = Labels.Kind.NONE;
            labelSeverity = Optional.empty();
            labelText = null;
        }
    }

    /** Labels naming a severity tier ("**🔴 CRITICAL (5):**"), each right before a list: a ranking when several. */
    private static int tierLabels(List<Block> blocks) {
        int tiers = 0;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof Para para && blocks.get(i + 1) instanceof Items
                    && Labels.isLabel(para.raw()) && Labels.severity(para.raw()).isPresent()) {
                tiers++;
            }
        }
        return tiers;
    }

    private void paragraph(Para para, Context ctx) {
        String raw = para.raw().length() > 2000 ? para.raw().substring(0, 2000) : para.raw();
        String plain = Clean.plain(raw);
        if (budget(para.line(), plain, ctx)) {
            return;
        }
        if (runOnRow(para, plain, ctx)) {
            return;
        }
        Matcher bold = Labels.BOLD_LEAD.matcher(para.raw());
        boolean label = bold.lookingAt() && bold.group(1).strip().endsWith(":");
        if (bold.lookingAt() && !Labels.isField(plain) && (ctx.issueLike() || !label)) {
            Candidate c = new Candidate(para.line(), para.endLine(), ctx.path(), Titles.clean(bold.group(1)),
                    para.raw(), ctx.kind(), -1);
            c.block = "para";
            c.ruleNotWork = ctx.notWork() != null ? ctx.notWork() : ctx.issueLike() ? null : "prose outside issues";
            Votes.fromText(c, plain, para.raw(), ctx);
            add(c);
        }
    }

    /**
     * "BLK-009 PayPal sandbox default | BLK-010 No .env.example | …": a table flattened into one line,
     * each cell led by an id. Every cell is a candidate of its own, as a row would be.
     */
    private boolean runOnRow(Para para, String plain, Context ctx) {
        String[] cells = plain.split("\\s+\\|\\s+");
        if (cells.length < 2) {
            return false;
        }
        for (String cell : cells) {
            if (!ID_LEAD.matcher(cell).lookingAt()) {
                return false;
            }
        }
        int container = -2_000_000 - para.line(); // the cells of one line are siblings
        for (String cell : cells) {
            Candidate c = new Candidate(para.line(), para.endLine(), ctx.path(), Titles.clean(cell), cell, ctx.kind(),
                    container);
            c.block = "table";
            c.ruleNotWork = ctx.notWork();
            c.ids.addAll(Titles.ids(cell));
            Votes.fromText(c, cell, cell, ctx);
            add(c);
        }
        return true;
    }

    private static final java.util.regex.Pattern ID_LEAD = java.util.regex.Pattern.compile("[A-Z]{1,6}-\\d{1,4}\\b");

    boolean budget(int line, String plain, Context ctx) {
        boolean labelled = plain.indexOf(':') >= 0 && Vocabulary.BUDGET_LABEL.matcher(plain).find(); // "Total:"
        if (!labelled || EffortReader.first(plain).isEmpty()) {
            return false;
        }
        int phase = ctx.phase() != null ? ctx.phase()
                : ctx.severity() != null ? AuditReader.phaseOf(ctx.severity().severity()) : 2;
        String heading = ctx.path().isEmpty() ? "" : ctx.path().get(ctx.path().size() - 1);
        budgets.add(new PhaseBudget(phase, heading, plain));
        notWork.add(new NotWork(line, plain, "budget for a whole phase, not one item"));
        return true;
    }

    void list(Items items, Context ctx, Labels.Kind label) {
        if (label == Labels.Kind.EVIDENCE) {
            return;
        }
        Context listCtx = label == Labels.Kind.NOT_WORK ? ctx.asNotWork("listed as a strength") : ctx;
        List<Integer> phases = groupPhases(items);
        for (int i = 0; i < items.entries().size(); i++) {
            Entry entry = items.entries().get(i);
            if (phases.get(i) != null) {
                nested(entry, listCtx.withPhase(phases.get(i)));
            } else {
                entry(entry, listCtx, items.id());
            }
        }
    }

    /** The phases named by items that hold a list ("Week 1 (Critical)"); none for a flat list. */
    private static List<Integer> groupPhases(Items items) {
        List<String> texts = new ArrayList<>(items.entries().size());
        boolean groups = false;
        for (Entry entry : items.entries()) {
            boolean group = holdsList(entry);
            texts.add(group ? Clean.plain(entry.raw()) : "");
            groups |= group;
        }
        return groups ? PhaseWords.map(texts) : Collections.nCopies(texts.size(), null);
    }

    private static boolean holdsList(Entry entry) {
        for (Block child : entry.children()) {
            if (child instanceof Items) {
                return true;
            }
        }
        return false;
    }

    /** The children of a list item that names a phase ("Week 1 (Critical)") are the phase's items. */
    private void nested(Entry container, Context ctx) {
        String name = Clean.plain(container.raw());
        Context tiered = SeverityWords.ofWords(name)
                .map(s -> ctx.withSeverity(new Candidate.SeverityVote(s, Candidate.SECTION)))
                .orElseGet(() -> SectionWords.of(name).extras() && ctx.severity() == null
                        ? ctx.withSeverity(new Candidate.SeverityVote(Severity.LOW, Candidate.DEFAULT)) : ctx);
        for (Block child : container.children()) {
            if (child instanceof Items items) {
                list(items, tiered, Labels.Kind.NONE);
            }
        }
    }

    private void entry(Entry entry, Context ctx, int container) {
        String plain = Clean.plain(entry.raw());
        boolean groupLabel = plain.endsWith(":") && holdsList(entry);
        if (plain.isEmpty() || groupLabel || Labels.isField(plain) || ListItems.isEvidence(entry.raw())
                || budget(entry.line(), plain, ctx)) {
            return;
        }
        Optional<String> notWorkReason = ListItems.notWorkReason(entry, plain, ctx);
        if (notWorkReason.isPresent() && ListItems.markedDone(entry)) {
            notWork.add(new NotWork(entry.line(), plain, notWorkReason.get())); // the author ticked it off
            return;
        }
        Candidate c = ListItems.candidate(entry, plain, ctx, container);
        c.ruleNotWork = notWorkReason.orElse(null);
        add(c);
    }

    void add(Candidate candidate) {
        if (!candidate.title.isBlank()) {
            candidates.add(candidate);
        }
    }

    /** The raw Markdown of blocks, for a finding's text. */
    static void appendRaw(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            if (out.length() > 6000) {
                return;
            }
            if (block instanceof Para para) {
                out.append('\n').append(para.raw());
            } else if (block instanceof CodeBlock code) {
                out.append('\n').append(code.raw());
            } else if (block instanceof Items items) {
                for (Entry entry : items.entries()) {
                    out.append("\n- ").append(entry.raw());
                    appendRaw(entry.children(), out);
                }
            } else if (block instanceof Table table) {
                table.rows().forEach(row -> out.append('\n').append(row.raw()));
            }
        }
    }
}
