package dev.punchlist.cli;

import dev.punchlist.score.Level;
import dev.punchlist.score.Readiness;
import dev.punchlist.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code punchlist gate}: prints a project's readiness and exits non-zero when it is below the level
 * (or score) a deployment needs, so a pipeline can refuse to ship while Phase 0 is open.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Exit 1 when a project is below the required readiness level or score.")
public final class GateCommand implements Callable<Integer> {
    /** The levels a pipeline can ask for. */
    enum Required {
        staging(Level.STAGING_READY), production(Level.PRODUCTION_READY), hardened(Level.HARDENED);

        final Level level;

        Required(Level level) {
            this.level = level;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--project", required = true, paramLabel = "KEY", description = "project key")
    String project;

    @Option(names = "--level", required = true, description = "required level: ${COMPLETION-CANDIDATES}")
    Required level;

    @Option(names = "--min-score", paramLabel = "N", description = "also require a score of at least N (0-100)")
    Double minScore;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public Integer call() {
        try (Database db = database.open()) {
            Readiness readiness = CliApp.of(db).readiness().current(project);
            boolean levelMet = readiness.level().compareTo(level.level) >= 0;
            boolean scoreMet = minScore == null || readiness.score() >= minScore;
            out().printf("%s: score %.1f, %s (required: %s%s) — %s%n", project, readiness.score(),
                    readiness.level().title(), level.level.title(), minScore == null ? "" : ", score ≥ " + minScore,
                    levelMet && scoreMet ? "PASS" : "FAIL");
            readiness.phases().stream().filter(p -> !p.gateMet()).forEach(p -> out().printf(
                    "  Phase %d: %d of %d items still open%n", p.phase(), p.total() - p.resolved(), p.total()));
            return levelMet && scoreMet ? 0 : 1;
        }
    }
}
