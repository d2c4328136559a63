package dev.punchlist.cli;

import dev.punchlist.App;
import dev.punchlist.jira.sync.JiraInbound;
import dev.punchlist.jira.sync.JiraHealth;
import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.jira.sync.JiraSync;
import dev.punchlist.jira.sync.Selection;
import dev.punchlist.jira.sync.SyncWorker;
import dev.punchlist.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code punchlist jira test|push|pull|status --project KEY}: the Jira sync from a shell or a CI job, over the
 * same database as the server. Exit 0 when all went well, 1 when Jira refused something or an item failed,
 * 2 for a usage mistake (unknown project, no settings).
 */
@Command(name = "jira", mixinStandardHelpOptions = true, description = "Push items to Jira and bring its changes back.",
        subcommands = {JiraCommand.Test.class, JiraCommand.Push.class, JiraCommand.Pull.class, JiraCommand.Status.class})
public final class JiraCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Credentials and the secrets key come from the environment only, never from flags that show up in ps. */
    private final Map<String, String> env;

    public JiraCommand() {
        this(System.getenv());
    }

    /** With another environment than the process's: for tests. */
    public JiraCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every subcommand shares. */
    static final class Target {
        @Mixin
        DatabaseOption database;

        @Option(names = "--project", required = true, paramLabel = "KEY", description = "punchlist project key, e.g. PAY")
        String project;

        @Option(names = "--public-url", defaultValue = "${env:PUNCHLIST_PUBLIC_URL:-http://127.0.0.1:7070}",
                description = "the server's public URL, for the links in tickets (env PUNCHLIST_PUBLIC_URL; default: ${DEFAULT-VALUE})")
        String publicUrl;
    }

    /** Opens the database, runs {@code work} over the app's services, closes it. */
    private int with(Target target, Function<App, Integer> work) {
        try (Database db = target.database.open()) {
            return work.apply(CliApp.withSecrets(db, env, target.publicUrl));
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Check the credentials, the Jira project, the issue type and its required fields.")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        JiraCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        Target target;

        @Override
        public Integer call() {
            return parent.with(target, app -> {
                List<String> problems = app.syncWorker().client(target.project).testConnection();
                PrintWriter out = spec.commandLine().getOut();
                if (problems.isEmpty()) {
                    app.jiraSync().settingsStore().recordProblem(target.project, null);
                    out.println("Jira connection for " + target.project + " works: credentials, project, issue type and fields are fine");
                    return 0;
                }
                problems.forEach(p -> out.println("problem: " + p));
                return 1;
            });
        }
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = "Create or update the tickets of open items (or a phase, or some items), then send them.")
    static final class Push implements Callable<Integer> {
        @ParentCommand
        JiraCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        Target target;

        @Option(names = "--dry-run", description = "show which tickets would be created or changed; send nothing")
        boolean dryRun;

        @Option(names = "--phase", paramLabel = "N", description = "only items of phase N (0, 1 or 2)")
        Integer phase;

        @Option(names = "--item", paramLabel = "ID", split = ",", description = "only these items (repeat or comma-separate)")
        List<Long> items;

        @Override
        public Integer call() {
            Selection selection = items != null ? Selection.ofItems(items) : phase != null ? Selection.ofPhase(phase) : Selection.allOpen();
            return parent.with(target, app -> {
                PrintWriter out = spec.commandLine().getOut();
                JiraSync sync = app.jiraSync();
                List<JiraSync.Planned> plan = dryRun ? sync.plan(target.project, selection) : sync.push(target.project, selection);
                plan.stream().filter(p -> !p.action().equals("unchanged")).forEach(p -> out.printf("  %-9s %-10s #%d %s%n",
                        p.action(), p.issueKey() == null ? "" : p.issueKey(), p.itemId(), p.title()));
                long changes = plan.stream().filter(JiraSync.Planned::queues).count();
                if (dryRun) {
                    out.printf("dry run: %d tickets would be created or changed, %d unchanged; nothing sent%n",
                            changes, plan.size() - changes);
                    return 0;
                }
                SyncWorker.Report r = app.syncWorker().drain(target.project);
                out.printf("created %d, adopted %d, updated %d, transitioned %d, failed %d, retry later %d%n",
                        r.created(), r.adopted(), r.updated(), r.transitioned(), r.failed(), r.deferred());
                if (r.configProblem() != null) {
                    out.println("problem: " + r.configProblem());
                }
                return r.configProblem() != null || r.failed() > 0 ? 1 : 0;
            });
        }
    }

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = "Bring status changes made in Jira since the last pull back to the items.")
    static final class Pull implements Callable<Integer> {
        @ParentCommand
        JiraCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        Target target;

        @Override
        public Integer call() {
            return parent.with(target, app -> {
                JiraInbound.PullReport r = app.jiraInbound().pull(target.project);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("read %d tickets: %d items changed, %d kept (changed later in punchlist)%n",
                        r.read(), r.changed(), r.keptPunchlist());
                if (r.problem() != null) {
                    out.println("problem: " + r.problem());
                }
                return r.problem() == null ? 0 : 1;
            });
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show each item's sync state; exit 1 when an item failed or Jira refused the settings.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        JiraCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        Target target;

        @Override
        public Integer call() {
            return parent.with(target, app -> {
                PrintWriter out = spec.commandLine().getOut();
                String problem = app.jiraSync().settingsStore().find(target.project).map(JiraSettingsStore.View::problem).orElse(null);
                if (problem != null) {
                    out.println("problem: " + problem);
                }
                JiraHealth health = app.jiraSync().health(target.project);
                if (health != null) {
                    out.println("queued: " + health.queued() + (health.queuedSince() == null ? "" : " since " + health.queuedSince())
                            + "; last ticket sent: " + Objects.toString(health.lastSent(), "never")
                            + "; last pull: " + Objects.toString(health.lastPull(), "never"));
                }
                List<JiraSync.ItemStatus> items = app.jiraSync().status(target.project);
                for (JiraSync.ItemStatus s : items) {
                    out.printf("  #%-5d %-10s %-10s %s%s%n", s.itemId(), s.state(), s.issueKey() == null ? "" : s.issueKey(),
                            s.title(), s.reason() == null ? "" : "  (" + s.reason()
                                    + (s.nextRetryAt() == null ? "" : "; retry at " + s.nextRetryAt()) + ")");
                }
                boolean failed = items.stream().anyMatch(s -> s.state().equals("failed"));
                return problem != null || failed ? 1 : 0;
            });
        }
    }
}
