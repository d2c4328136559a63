package dev.punchlist.plan;

/**
 * A report holds more findings than one import may turn into items (a 100,000-row table made 100,000 items and a
 * checklist page of 129 MB). Answered 422 by the API; the import page shows it beside the report.
 */
public final class TooManyFindingsException extends InvalidInputException {
    private final int limit;

    TooManyFindingsException(int findings, int limit) {
        super("body", "has " + findings + " findings; one import may make at most " + limit
                + " items (split the report, or import its parts one by one)");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
