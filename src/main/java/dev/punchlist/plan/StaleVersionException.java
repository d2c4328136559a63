package dev.punchlist.plan;

/** Someone changed the item since the caller read it; {@code current} is their version. */
public class StaleVersionException extends RuntimeException {
    private final transient Item current;

    public StaleVersionException(Item current) {
        super("item " + current.id() + " was changed meanwhile (now version " + current.version()
                + (current.updatedBy() == null ? "" : ", by " + current.updatedBy()) + ")");
        this.current = current;
    }

    public Item current() {
        return current;
    }
}
