package dev.punchlist.plan;

import java.time.LocalDate;

/**
 * The days an item may be due. A remediation plan's dates lie within years of today; a year of five or nine
 * digits, or before the common era, is a typo, and such a value used to break every page listing the item.
 */
public final class DueDates {
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private DueDates() {
    }

    public static boolean accepts(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    /** {@code day} itself, or {@link InvalidInputException} naming {@code due}; {@code null} (no due date) passes. */
    static LocalDate check(LocalDate day) {
        if (day != null && !accepts(day)) {
            throw new InvalidInputException("due", "must be a day from " + FIRST + " to " + LAST);
        }
        return day;
    }
}
