package dev.punchlist.plan;

/** The request clashes with what exists (a taken project key, for instance). */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
