package dev.punchlist.plan;

import java.time.LocalDate;

/**
 * What a list of items shows and scores of each: an {@link Item} without its description, notes,
 * report fields and timestamps. Reading those for 2,000 items cost more than rendering the page.
 */
public record ItemSummary(long id, String title, String category, Severity severity, int phase, EffortRange effort,
                          boolean effortStated, Status status, String assignee, LocalDate due, boolean notInLatest,
                          int version, int position) {

    public boolean overdue(LocalDate today) {
        return due != null && due.isBefore(today) && !status.resolved();
    }
}
