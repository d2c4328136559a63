package dev.punchlist.audit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Short label paragraphs ("**Strengths:**", "**Minor Issues:**", "Evidencia") that say what the list
 * right after them is, and field lines ("**File:** …", "Severidad: High") that belong to a finding.
 */
final class Labels {
    enum Kind { NONE, NOT_WORK, ISSUE, EVIDENCE }

    static final Pattern BOLD_LEAD = Pattern.compile("\\s*(?:[\\p{So}\\uFE0F]\\s*)*\\*\\*([^*\\n]{3,200})\\*\\*");

    private Labels() {
    }

    static boolean isLabel(String raw) {
        if (raw.indexOf('\n') >= 0) {
            return false;
        }
        String plain = Clean.plain(raw);
        int words = plain.isEmpty() ? 0 : plain.split("\\s+").length;
        if (words == 0 || words > 8) {
            return false;
        }
        return plain.endsWith(":") || (words <= 3 && !plain.contains(":") && !plain.matches(".*[.!?)]$")
                && !Clean.plain(raw).matches(".*\\d.*"));
    }

    static Kind kind(String raw) {
        String plain = Clean.plain(raw);
        if (Vocabulary.NOT_WORK_LABEL.matcher(plain).find() || Vocabulary.NOT_WORK_SECTION.matcher(plain).find()
                && !Vocabulary.ISSUE_LABEL.matcher(plain).find()) {
            return Kind.NOT_WORK;
        }
        if (Vocabulary.ISSUE_LABEL.matcher(plain).find()) {
            return Kind.ISSUE;
        }
        return Vocabulary.EVIDENCE_LABEL.matcher(plain).find() ? Kind.EVIDENCE : Kind.NONE;
    }

    static Optional<Severity> severity(String raw) {
        return SeverityWords.ofWords(Clean.plain(raw));
    }

    static boolean isField(String plain) {
        return Vocabulary.FIELD_LABEL.matcher(plain).lookingAt();
    }
}
