package dev.punchlist.plan;

import java.time.LocalDate;

/**
 * The changes a user asks for on one item; a {@code null} component leaves that field as it is, a
 * {@link Value} holding {@code null} clears it.
 *
 * @param reason why: required to move a phase or to close as won't fix, recorded in the history
 */
public record ItemPatch(String title, Status status, Value<String> assignee, Value<LocalDate> due,
                        Value<String> notes, Integer phase, EffortRange effort, Severity severity,
                        Value<String> category, String reason) {

    /** A new value for a clearable field. */
    public record Value<T>(T value) {
    }

    public static ItemPatch status(Status status, String reason) {
        return new ItemPatch(null, status, null, null, null, null, null, null, null, reason);
    }

    public static ItemPatch assignee(String assignee) {
        return new ItemPatch(null, null, new Value<>(assignee), null, null, null, null, null, null, null);
    }
}
