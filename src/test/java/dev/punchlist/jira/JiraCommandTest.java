package dev.punchlist.jira;

import dev.punchlist.App;
import dev.punchlist.Config;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.cli.JiraCommand;
import dev.punchlist.cli.PunchlistCommand;
import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.plan.Actor;
import dev.punchlist.plan.HistoryEntry;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.store.Database;
import dev.punchlist.testing.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.punchlist.jira.JiraTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code punchlist jira ...} from a shell, over a database file, against the fake Jira. */
class JiraCommandTest {
    /** The credentials are stored encrypted with the settings; the command needs the same key to read them. */
    private static final Map<String, String> ENV = Map.of("PUNCHLIST_SECRETS_KEY", "/N5CE+XIqm0npS3awR4tBUqoAgghMCeI4QQgW3+/JmU=");

    @TempDir
    Path dir;
    private Path db;
    private final FakeJira fake = fake(Flavour.CLOUD);
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void projectWithSettings() {
        db = dir.resolve("p.db");
        withApp(app -> {
            app.projects().create("PAY", "Payments", null);
            app.importer().importReport("PAY", Reports.PAYMENTS.getBytes(StandardCharsets.UTF_8), Actor.user("test"));
            return app.jiraSync().settingsStore().save("PAY", new JiraSettingsStore.Input(fake.url(), "cloud", PROJECT,
                    "Task", null, null, null, null, EMAIL, API_TOKEN, null, null));
        });
    }

    @AfterEach
    void stop() {
        fake.close();
        fake.assertContractKept();
    }

    private <T> T withApp(Function<App, T> work) {
        try (Database database = Database.open(db)) {
            Config config = new Config("127.0.0.1", 0, db, false, AuditReader.DEFAULT_LIMIT_BYTES, "http://127.0.0.1:7070");
            return work.apply(new App(config, database, Clock.systemUTC(), SecuritySettings.forCommands(ENV)));
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == JiraCommand.class ? type.cast(new JiraCommand(ENV)) : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cli = PunchlistCommand.commandLine(factory);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private String[] jira(String command, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("jira", command, "--project", "PAY", "--db", db.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void help_lists_the_four_commands() {
        assertThat(run("jira", "--help")).isZero();
        assertThat(out.toString()).contains("test").contains("push").contains("pull").contains("status");
        assertThat(run("jira", "push", "--help")).isZero();
        assertThat(out.toString()).contains("--dry-run").contains("--project").contains("--db");
    }

    @Test
    void test_succeeds_and_a_401_exits_1_with_the_reason() {
        assertThat(run(jira("test"))).as(out::toString).isZero();
        assertThat(out.toString()).contains("works");

        fake.expectedAuthorization = "Basic somebody-else";
        assertThat(run(jira("test"))).isEqualTo(1);
        assertThat(out.toString()).contains("did not accept the credentials");
    }

    @Test
    void a_dry_run_sends_nothing_then_push_creates_each_ticket_once() {
        assertThat(run(jira("push", "--dry-run"))).isZero();
        assertThat(out.toString()).contains("5 tickets would be created or changed");
        assertThat(fake.api.issues.all()).isEmpty();

        assertThat(run(jira("push"))).isZero();
        assertThat(out.toString()).contains("created 5");
        assertThat(run(jira("push"))).isZero();
        assertThat(out.toString()).contains("created 0");
        assertThat(fake.api.issues.all()).hasSize(5);

        assertThat(run(jira("status"))).isZero();
        assertThat(out.toString()).contains("synced", "queued: 0; last ticket sent: 20").containsPattern("OPS-\\d+");
    }

    @Test
    void pull_brings_a_change_made_in_jira_back_as_coming_from_jira() {
        run(jira("push"));
        FakeIssues.Issue ticket = fake.api.issues.all().get(0);
        ticket.status = 2;
        ticket.updated = Instant.now();

        assertThat(run(jira("pull"))).isZero();
        assertThat(out.toString()).contains("1 items changed");

        List<HistoryEntry> fromJira = withApp(app -> {
            long id = app.items().all("PAY", new ItemFilter(null, null, null, null, null, null)).stream()
                    .filter(i -> i.status().label().equals("done")).findFirst().orElseThrow().id();
            return app.items().history(id).stream().filter(h -> h.source().equals("jira")).toList();
        });
        assertThat(fromJira).singleElement().satisfies(h -> assertThat(h.reason()).contains("from Jira: " + ticket.key));
    }

    @Test
    void a_refused_push_exits_1_and_status_reports_the_problem_once() {
        fake.expectedAuthorization = "Basic somebody-else";

        assertThat(run(jira("push"))).isEqualTo(1);
        assertThat(out.toString()).contains("problem: Jira refused the configuration (HTTP 401)");
        assertThat(run(jira("status"))).isEqualTo(1);
        assertThat(out.toString().lines().filter(l -> l.startsWith("problem:"))).hasSize(1);
    }

    @Test
    void an_unknown_project_is_one_line_and_exit_2() {
        assertThat(run("jira", "status", "--project", "NOPE", "--db", db.toString())).isEqualTo(2);
        assertThat(out.toString().trim()).isEqualTo("punchlist status: project NOPE not found");
    }
}
