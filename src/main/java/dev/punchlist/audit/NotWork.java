package dev.punchlist.audit;

/**
 * A line the reader left out because it is not work (a strength, a passed check, a done item, a
 * metric); the import preview lists these so a user can promote one to an item.
 *
 * @param confidence how sure the work model was that it is work after all (0 when the model never
 *                   weighed it, such as a phase budget); the preview offers the closest calls first
 */
public record NotWork(int line, String text, String reason, double confidence) {
    public NotWork(int line, String text, String reason) {
        this(line, text, reason, 0);
    }

    /** The model almost took it for work: the preview lists these first. */
    public boolean closeCall() {
        return confidence >= 0.4;
    }
}
