package dev.punchlist.audit;

/**
 * A line the reader left out because it is not work (a strength, a passed check, a done item, a
 * metric); the import preview lists these so a user can promote one to an item.
 */
public record NotWork(int line, String text, String reason) {
}
