package dev.punchlist.jira;

/**
 * What happened to one draft in a bulk create.
 *
 * @param key    the ticket key when {@link Kind#CREATED}, otherwise null
 * @param reason Jira's message when {@link Kind#FAILED}, the cause when {@link Kind#AMBIGUOUS}
 */
public record CreateOutcome(IssueDraft draft, Kind kind, String key, String id, String reason) {

    public enum Kind {
        /** The ticket exists and carries the draft's label. */
        CREATED,
        /** Jira refused this draft (e.g. a field error); fix the data or the settings, then try again. */
        FAILED,
        /** Jira may or may not have created it: look it up by label before creating again. */
        AMBIGUOUS
    }

    static CreateOutcome created(IssueDraft d, String key, String id) {
        return new CreateOutcome(d, Kind.CREATED, key, id, null);
    }

    static CreateOutcome failed(IssueDraft d, String reason) {
        return new CreateOutcome(d, Kind.FAILED, null, null, reason);
    }

    static CreateOutcome ambiguous(IssueDraft d, String reason) {
        return new CreateOutcome(d, Kind.AMBIGUOUS, null, null, reason);
    }
}
