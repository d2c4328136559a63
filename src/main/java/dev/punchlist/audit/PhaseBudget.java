package dev.punchlist.audit;

/** A time or effort budget the report gives for a whole phase, not for one item. */
public record PhaseBudget(int phase, String heading, String text) {
}
