package dev.punchlist.audit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Short label paragraphs ("**Strengths:**", "**Minor Issues:**", "Evidencia") that say what the list
 * right after them is, and field lines ("**File:** …", "Severidad: High") that belong to a finding.
 */
final class Labels {
    private static final Memo<Boolean> IS_FIELD_MEMO = Memo.of(Labels::computeIsField);
    private static final Memo<Kind> KIND_MEMO = Memo.of(Labels::computeKind);
    private static final Memo<Boolean> IS_LABEL_MEMO = Memo.of(Labels::computeIsLabel);
    enum Kind { NONE, NOT_WORK, ISSUE, EVIDENCE }

    static final Pattern BOLD_LEAD = Pattern.compile("\\s*(?:[\\p{So}\\uFE0F]\\s*)*\\*\\*([^*\\n]{3,200})\\*\\*");

    private Labels() {
    }

    static boolean isLabel(String raw) {
        return IS_LABEL_MEMO.get(raw);
    }

    private static boolean computeIsLabel(String raw) {
        if (raw.length() > 200 || raw.indexOf('\n') >= 0) {
            return false;
        }
        String plain = Clean.plain(raw);
        int words = plain.isEmpty() ? 0 : plain.split("\\s+").length;
        if (words == 0 || words > 8) {
            return false;
        }
        char last = plain.charAt(plain.length() - 1);
        return last == ':' || (words <= 3 && plain.indexOf(':') < 0 && ".!?)".indexOf(last) < 0
                && plain.chars().noneMatch(Character::isDigit));
    }

    static Kind kind(String raw) {
        return KIND_MEMO.get(raw);
    }

    private static Kind computeKind(String raw) {
        String plain = Clean.plain(raw);
        if (Vocabulary.NOT_WORK_LABEL.matcher(plain).find()) {
            return Kind.NOT_WORK;
        }
        if (Vocabulary.ISSUE_LABEL.matcher(plain).find()) {
            return Kind.ISSUE;
        }
        if (Vocabulary.EVIDENCE_LABEL.matcher(plain).find()) {
            return Kind.EVIDENCE;
        }
        if (Vocabulary.NOT_WORK_SECTION.matcher(plain).find()) {
            return Kind.NOT_WORK;
        }
        return praisesOnly(plain) ? Kind.NOT_WORK : Kind.NONE;
    }

    /** "**Vorhanden:**", "**Pontos fortes:**": a strengths label in any language the word lists know. */
    static boolean praisesOnly(String plain) {
        Lexicon words = Lexicon.ALL;
        return words.mentions(Lexicon.Concept.STRENGTH_SECTION, plain)
                && !words.mentions(Lexicon.Concept.ISSUES_SECTION, plain)
                && !words.mentions(Lexicon.Concept.DEFICIENCY, plain);
    }

    /** A label that starts a new group of a section ("**Strengths:**", "**Minor Issues:**"). */
    static boolean startsGroup(String raw) {
        String plain = Clean.plain(raw);
        return isLabel(raw) && (Vocabulary.NOT_WORK_LABEL.matcher(plain).find()
                || kind(raw) == Kind.ISSUE && severity(raw).isPresent());
    }

    static Optional<Severity> severity(String raw) {
        return SeverityWords.ofWords(Clean.plain(raw));
    }

    static boolean isField(String plain) {
        return IS_FIELD_MEMO.get(plain);
    }

    private static boolean computeIsField(String plain) {
        return Vocabulary.FIELD_LABEL.matcher(plain).lookingAt();
    }
}
