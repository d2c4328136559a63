package dev.punchlist.plan;

/** A value a user sent is not acceptable; {@code field} names it for the error answer. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
