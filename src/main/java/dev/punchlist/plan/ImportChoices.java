package dev.punchlist.plan;

import java.util.Map;

/**
 * What a lead decided in the import preview; the import applies it only to the plan the preview showed (see
 * {@link Importer#importReport(String, byte[], Actor, ImportChoices)}), so the decisions land on exactly its items.
 *
 * @param planToken   {@link ImportPlan#token()} of that preview; when the project moved on and the plan is
 *                    no longer the same, the import is refused. {@code null} imports whatever the plan is now
 * @param rows        choices per planned item, by its index in the plan
 * @param baseline    the stated overall score (0–100) to use instead of what the reader found, or {@code null}
 * @param flagMissing whether open items the report does not mention get the "not in latest report" flag
 */
public record ImportChoices(String planToken, Map<Integer, Row> rows, Double baseline, boolean flagMissing) {

    /**
     * One planned item: left out, merged into another row (its report lines join that row's item), or
     * created with these values; a {@code null} value keeps the planned one.
     */
    public record Row(boolean skip, Integer mergeInto, String title, Severity severity, Integer phase, EffortRange effort,
                      String category) {
        static final Row AS_PLANNED = new Row(false, null, null, null, null, null, null);
    }

    public static ImportChoices asPlanned() {
        return new ImportChoices(null, Map.of(), null, true);
    }

    Row row(int index) {
        return rows.getOrDefault(index, Row.AS_PLANNED);
    }

    /** Refuses merges that cannot be carried out, naming the row's {@code merge_N} field. */
    public void check(ImportPlan plan) {
        if (baseline != null && (baseline < 0 || baseline > 100 || baseline.isNaN())) {
            throw new InvalidInputException("baseline", "must be a score from 0 to 100");
        }
        rows.forEach((index, row) -> {
            Integer target = row.mergeInto();
            if (target == null || row.skip()) {
                return;
            }
            if (target.equals(index) || target < 0 || target >= plan.items().size()) {
                throw new InvalidInputException("merge_" + index, "must name another row of this preview");
            }
            Row into = row(target);
            if (into.skip() || into.mergeInto() != null) {
                throw new InvalidInputException("merge_" + index, "must name a row that is itself imported");
            }
        });
    }
}
