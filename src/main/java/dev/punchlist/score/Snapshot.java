package dev.punchlist.score;

import java.time.Instant;

/** The readiness at one moment, written whenever a change moves it. */
public record Snapshot(Instant at, double score, Level level, double remainingMin, Double remainingMax, String cause) {
}
