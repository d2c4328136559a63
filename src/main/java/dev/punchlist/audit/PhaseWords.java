package dev.punchlist.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps a report's own phases and time boxes onto Phase 0/1/2. Words of urgency decide first (NOW,
 * immediate, critical → 0; SOON, high, before production → 1; LATER, medium, month → 2); phases without
 * such words map by their order among their siblings: first → 0, second → 1, the rest → 2.
 */
final class PhaseWords {
    private static final Memo<Integer> URGENCY_MEMO = Memo.of(PhaseWords::computeUrgency);
    private static final Memo<Boolean> NAMES_MEMO = Memo.of(PhaseWords::computeNames);
    /** Structural phase names; a severity tier ("High Priority") is not a phase unless it also has one. */
    private static final Pattern STRUCTURAL = Pattern.compile("\\b(phase|fase|stage|sprint|week|semana|month"
            + "|mes|milestone|wave)\\s*\\d|\\b(NOW|SOON|LATER)\\b|\\b(immediate(ly)?|short[- ]term|mid[- ]term"
            + "|medium[- ]term|long[- ]term|corto plazo|mediano plazo|largo plazo|today|tomorrow|this week"
            + "|next week)\\b|\\b(within|in|next)\\s+\\d+\\s*(h|hours?|days?|weeks?|months?)\\b",
            Pattern.CASE_INSENSITIVE);

    private PhaseWords() {
    }

    static boolean names(String title) {
        return NAMES_MEMO.get(title);
    }

    private static boolean computeNames(String title) {
        if (!Vocabulary.PHASE_WORDS.matcher(title).find() && !namesPhaseInAnyLanguage(title)) {
            return false;
        }
        boolean tier = SeverityWords.ofWords(title).isPresent();
        return !tier || STRUCTURAL.matcher(title).find();
    }

    /** "Fase 2", "Этап 1", "Немедленно": a numbered phase word or a time word of any language file. */
    private static boolean namesPhaseInAnyLanguage(String title) {
        boolean numbered = Lexicon.ALL.mentions(Lexicon.Concept.PHASE_NAME, title) && title.matches("(?s).*\\d.*");
        return numbered || Lexicon.ALL.urgency(title) >= 0;
    }

    /** The phase the words of a title ask for, or -1 when they name no urgency. */
    static int urgency(String title) {
        return URGENCY_MEMO.get(title);
    }

    private static int computeUrgency(String title) {
        if (Vocabulary.NOW_WORDS.matcher(title).find()) {
            return 0;
        }
        if (Vocabulary.SOON_WORDS.matcher(title).find()) {
            return 1;
        }
        if (Vocabulary.LATER_WORDS.matcher(title).find()) {
            return 2;
        }
        return Lexicon.ALL.urgency(title);
    }

    /**
     * Phases for a run of sibling titles; {@code null} for a title that is not a phase. A lone phase
     * title counts only when its words say how urgent it is.
     */
    static List<Integer> map(List<String> titles) {
        List<Integer> out = new ArrayList<>();
        boolean[] named = new boolean[titles.size()];
        int count = 0;
        for (int i = 0; i < titles.size(); i++) {
            named[i] = !titles.get(i).isEmpty() && names(titles.get(i));
            count += named[i] ? 1 : 0;
        }
        int rank = 0;
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            if (!named[i]) {
                out.add(null);
                continue;
            }
            int urgent = urgency(title);
            out.add(urgent >= 0 ? Integer.valueOf(urgent) : count >= 2 ? Integer.valueOf(Math.min(rank, 2)) : null);
            rank++;
        }
        return out;
    }
}
