package dev.punchlist.cli;

import dev.punchlist.App;
import dev.punchlist.plan.Actor;
import dev.punchlist.plan.ImportPlan;
import dev.punchlist.plan.ImportResult;
import dev.punchlist.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code punchlist import FILE --project KEY [--dry-run]}: imports a report from a script or CI job. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an audit report into a project's checklist.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "FILE", description = "the report (Markdown)")
    Path file;

    @Option(names = "--project", required = true, paramLabel = "KEY", description = "project key, e.g. CRM")
    String project;

    @Option(names = "--dry-run", description = "show what would be created, save nothing")
    boolean dryRun;

    @Option(names = "--as", defaultValue = "${env:USER:-cli}", description = "name recorded in the history (default: ${DEFAULT-VALUE})")
    String actor;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public Integer call() throws Exception {
        byte[] report = Files.readAllBytes(file);
        try (Database db = database.open()) {
            App app = CliApp.of(db);
            if (dryRun) {
                print(app.importer().preview(project, report));
            } else {
                print(app.importer().importReport(project, report, new Actor(actor, Actor.USER)));
            }
        }
        return 0;
    }

    private void print(ImportPlan plan) {
        if (plan.duplicate()) {
            out().println("already imported as audit " + plan.duplicateOf().id() + "; nothing would change");
            return;
        }
        long fresh = plan.items().stream().filter(i -> i.isNew()).count();
        out().printf("would create %d items, match %d existing, flag %d as not in the latest audit%n",
                fresh, plan.items().size() - fresh, plan.missing().size());
        plan.items().forEach(i -> out().printf("  %s P%d [%s] %s%n", i.isNew() ? "new  " : "match",
                i.phase(), i.severity().label(), i.finding().title()));
    }

    private void print(ImportResult result) {
        if (result.duplicate()) {
            out().println("already imported as audit " + result.audit().id() + "; nothing changed");
            return;
        }
        out().printf("imported audit %d: created %d items, matched %d, flagged %d as not in the latest audit%n",
                result.audit().id(), result.created().size(), result.matched().size(), result.notInLatest().size());
    }
}
