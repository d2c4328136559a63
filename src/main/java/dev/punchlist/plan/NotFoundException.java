package dev.punchlist.plan;

/** The project, item or audit asked for does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
