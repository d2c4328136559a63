package dev.punchlist.web;

/** A change was sent without the version it was based on. */
public class PreconditionRequiredException extends RuntimeException {
    public PreconditionRequiredException(String detail) {
        super(detail);
    }
}
