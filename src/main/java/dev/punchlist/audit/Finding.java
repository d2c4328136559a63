package dev.punchlist.audit;

import java.util.List;

/**
 * One distinct problem the report asks to fix, merged over every place it is mentioned.
 *
 * @param title           short statement of what is wrong or what to do
 * @param severity        the most specific severity the report gives it
 * @param phase           0, 1 or 2 (see {@link AuditReader} for the mapping)
 * @param phaseFromReport true when the report placed it in a phase or time box itself
 * @param effort          the report's estimate, or {@code null} when it states none
 * @param category        the report's category or component, or {@code null}
 * @param detail          the finding's own text from every mention
 * @param mentions        every place it is mentioned, in report order
 * @param confidence      how sure the work model is that this is work (0..1); low values deserve a look
 */
public record Finding(String title, Severity severity, int phase, boolean phaseFromReport, Effort effort,
                      String category, String detail, List<Mention> mentions, double confidence) {
    public Finding {
        mentions = List.copyOf(mentions);
    }

    /** The model was not sure: the preview marks it "check this". */
    public boolean doubtful() {
        return confidence < 0.6;
    }

    public List<Integer> lines() {
        return mentions.stream().map(Mention::line).toList();
    }
}
