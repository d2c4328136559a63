package dev.punchlist.score;

/**
 * A category's readiness.
 *
 * @param stated   the score the report gave the category (0–100), or {@code null} when it gave none
 * @param baseline what the category starts from: its stated score, else the overall baseline
 */
public record CategoryScore(String name, Double stated, double baseline, double score, int total, int done) {
}
