package dev.punchlist.web.pages;

import dev.punchlist.jira.sync.JiraBackground;
import dev.punchlist.jira.sync.JiraInbound;
import dev.punchlist.jira.sync.JiraSync;
import dev.punchlist.jira.sync.SyncWorker;
import dev.punchlist.web.auth.Access;
import dev.punchlist.plan.Comments;
import dev.punchlist.plan.Corrections;
import dev.punchlist.plan.Importer;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.ManualItems;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import dev.punchlist.plan.Standups;
import dev.punchlist.store.Database;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;

import java.time.Clock;

/** Declares the server-rendered team pages, their static files, and their HTML error pages. */
public final class Pages {
    /**
     * Set on a request whose page was rendered in full, even with an error status (a form shown again with its
     * errors), so the error pages leave it alone. Pages rendered outside this package (the admin pages) set it too.
     */
    public static final String RENDERED = Views.RENDERED;

    private final ProjectsPage projectsPage;
    private final ImportPage importPage;
    private final ChecklistPage checklistPage;
    private final ItemPage itemPage;
    private final StandupPage standupPage;
    private final ReadinessPage readinessPage;
    private final ExportPage exportPage;
    private final JiraSettingsPage jiraSettingsPage;
    private final JiraPushPage jiraPushPage;
    private final ProjectSettingsPage settingsPage;
    private final PageErrors errors;

    /**
     * {@code webhookBase} is the public address Jira posts webhooks to, up to the project key; {@code accounts}
     * names the users, whom the forms suggest as assignees.
     */
    public Pages(Database database, Projects projects, Items items, Importer importer, ReadinessTracker readiness, Clock clock,
                 JiraSync jiraSync, SyncWorker syncWorker, JiraBackground jiraBackground, JiraInbound jiraInbound,
                 String webhookBase, java.util.function.Supplier<java.util.List<String>> accounts) {
        Views views = new Views(clock);
        JiraStates jira = new JiraStates(jiraSync);
        this.jiraPushPage = new JiraPushPage(views, projects, items, jiraSync, jiraBackground);
        this.jiraSettingsPage = new JiraSettingsPage(views, projects, jiraSync.settingsStore(), syncWorker, jiraInbound, webhookBase, jira);
        Standups standups = new Standups(database, clock);
        this.projectsPage = new ProjectsPage(views, projects, readiness, standups);
        Corrections corrections = new Corrections(database, clock, readiness);
        ManualItems manualItems = new ManualItems(database, clock, readiness);
        this.importPage = new ImportPage(views, projects, importer, items, manualItems);
        People people = new People(accounts);
        Comments comments = new Comments(database, clock);
        this.itemPage = new ItemPage(views, items, comments, corrections, clock, jira, people);
        this.checklistPage = new ChecklistPage(views, projects, items, readiness, clock, jira, jiraPushPage, itemPage, manualItems, people);
        this.settingsPage = new ProjectSettingsPage(views, projects, importer, corrections);
        this.standupPage = new StandupPage(views, projects, standups, readiness);
        this.readinessPage = new ReadinessPage(views, projects, items, readiness, importer, clock);
        this.exportPage = new ExportPage(views, projects, items, readiness, comments, jira);
        this.errors = new PageErrors(views);
    }

    /** Registers everything on a Javalin configuration: one call from {@code App.server()}. */
    public void register(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/public";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
        });
        cfg.staticFiles.enableWebjars();
        register(cfg.routes);
    }

    void register(RoutesConfig routes) {
        routes.before(ServerTiming::start);
        routes.after(ServerTiming::finish);
        routes.get("/", projectsPage::list, Access.VIEWER);
        routes.post("/projects", projectsPage::create, Access.LEAD);
        routes.get("/projects/{key}", checklistPage::show, Access.VIEWER);
        routes.post("/projects/{key}/bulk", checklistPage::bulk, Access.MEMBER);
        routes.get("/projects/{key}/import", importPage::form, Access.LEAD);
        routes.post("/projects/{key}/import/preview", importPage::preview, Access.LEAD);
        routes.post("/projects/{key}/import", importPage::confirm, Access.LEAD);
        routes.get("/projects/{key}/standup", standupPage::show, Access.VIEWER);
        routes.post("/projects/{key}/standup", standupPage::hold, Access.MEMBER);
        routes.get("/projects/{key}/readiness", readinessPage::show, Access.VIEWER);
        routes.get("/projects/{key}/report", exportPage::report, Access.VIEWER);
        routes.get("/projects/{key}/export.md", exportPage::markdown, Access.VIEWER);
        routes.get("/projects/{key}/export.csv", exportPage::csv, Access.VIEWER);
        routes.get("/projects/{key}/jira", jiraSettingsPage::show, Access.VIEWER);
        routes.post("/projects/{key}/jira", jiraSettingsPage::save, Access.LEAD);
        routes.post("/projects/{key}/jira/test", jiraSettingsPage::test, Access.LEAD);
        routes.post("/projects/{key}/jira/push", jiraPushPage::push, Access.MEMBER);
        routes.post("/projects/{key}/jira/pull", jiraSettingsPage::pull, Access.MEMBER);
        routes.get("/items/{id}", itemPage::show, Access.VIEWER);
        routes.post("/items/{id}", itemPage::save, Access.MEMBER);
        routes.post("/items/{id}/quick", checklistPage::quick, Access.MEMBER);
        routes.post("/items/{id}/comments", itemPage::comment, Access.MEMBER);
        routes.post("/items/{id}/delete", itemPage::delete, Access.LEAD);
        routes.post("/projects/{key}/items", checklistPage::add, Access.MEMBER);
        routes.get("/projects/{key}/settings", settingsPage::show, Access.LEAD);
        routes.post("/projects/{key}/settings", settingsPage::save, Access.LEAD);
        routes.post("/projects/{key}/audits/{id}/undo", settingsPage::undo, Access.LEAD);
        errors.register(routes);
    }
}
