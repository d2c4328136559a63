package dev.punchlist.web.pages;

import dev.punchlist.jira.Flavour;
import dev.punchlist.jira.JiraConfigException;
import dev.punchlist.jira.JiraSettings;
import dev.punchlist.jira.JiraUnavailableException;
import dev.punchlist.jira.sync.JiraInbound;
import dev.punchlist.jira.sync.JiraNotConfiguredException;
import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.jira.sync.SyncWorker;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.Projects;
import dev.punchlist.user.Role;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /projects/{key}/jira}: a lead changes the project's Jira settings, anyone who reads the checklist sees
 * them and the last problem. Secrets are write-only: the page says whether one is set, never what it is, and an
 * empty secret field keeps the stored value.
 */
final class JiraSettingsPage {
    /** Form fields never rendered back, not even after a failed save. */
    static final List<String> SECRETS = List.of("token", "pat", "webhook_secret");

    private final Views views;
    private final Projects projects;
    private final JiraSettingsStore store;
    private final SyncWorker worker;
    private final JiraInbound inbound;
    private final String webhookBase;
    private final JiraStates jira;

    JiraSettingsPage(Views views, Projects projects, JiraSettingsStore store, SyncWorker worker, JiraInbound inbound,
                     String webhookBase, JiraStates jira) {
        this.jira = jira;
        this.views = views;
        this.projects = projects;
        this.store = store;
        this.worker = worker;
        this.inbound = inbound;
        this.webhookBase = webhookBase;
    }

    void show(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        JiraSettingsStore.View view = store.find(project.key()).orElse(null);
        Map<String, Object> model = model(ctx, project, view, formOf(view), Map.of());
        model.put("saved", ctx.queryParam("saved") != null);
        views.render(ctx, 200, "jira/settings", model);
    }

    void save(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        try {
            store.save(project.key(), input(ctx));
            ctx.redirect("/projects/" + project.key() + "/jira?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            Map<String, String> form = Forms.input(ctx);
            SECRETS.forEach(form::remove);
            String field = "body".equals(e.field()) ? "site_url" : e.field();
            views.render(ctx, 400, "jira/settings", model(ctx, project, store.find(project.key()).orElse(null), form,
                    Map.of(field, Forms.problem(e))));
        }
    }

    /** Runs the connection test and shows its plain-words problems; a clean test clears the recorded problem. */
    void test(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        List<String> problems = problems(project.key());
        if (problems.isEmpty()) {
            store.recordProblem(project.key(), null);
        }
        JiraSettingsStore.View view = store.find(project.key()).orElse(null);
        Map<String, Object> model = model(ctx, project, view, formOf(view), Map.of());
        model.put("tested", true);
        model.put("problems", problems);
        views.render(ctx, 200, "jira/settings", model);
    }

    /**
     * "Bring Jira's changes back now": the scheduled poll's work at once, for a team that just moved tickets in
     * Jira before its stand-up. Shows the page with what came back, or why nothing could.
     */
    void pull(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        int status = 200;
        String outcome;
        try {
            JiraInbound.PullReport report = inbound.pull(project.key());
            outcome = report.problem() != null ? report.problem()
                    : "Read " + report.read() + " changed ticket" + (report.read() == 1 ? "" : "s") + " from Jira: " + report.changed()
                    + " item" + (report.changed() == 1 ? "" : "s") + " updated, " + report.keptPunchlist()
                    + " kept as they are (changed here more recently).";
        } catch (JiraNotConfiguredException e) {
            status = 409;
            outcome = e.getMessage();
        } catch (JiraUnavailableException e) {
            status = 503;
            outcome = "Jira did not answer: " + e.getMessage();
        }
        JiraSettingsStore.View view = store.find(project.key()).orElse(null);
        Map<String, Object> model = model(ctx, project, view, formOf(view), Map.of());
        model.put("pulled", outcome);
        views.render(ctx, status, "jira/settings", model);
    }

    private List<String> problems(String key) {
        try {
            return worker.client(key).testConnection();
        } catch (JiraNotConfiguredException | JiraConfigException e) {
            return List.of(e.getMessage());
        } catch (JiraUnavailableException e) {
            return List.of("Jira did not answer: " + e.getMessage());
        }
    }

    private Map<String, Object> model(Context ctx, Project project, JiraSettingsStore.View view, Map<String, String> form,
                                      Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("project", project);
        model.put("view", view);
        model.put("cloud", view != null && view.settings().flavour() == Flavour.CLOUD);
        model.put("form", form);
        model.put("errors", errors);
        model.put("severities", JiraSettings.SEVERITIES);
        model.put("webhookUrl", webhookBase + project.key());
        model.put("health", jira.health(project.key()));
        model.put("secretsStorable", store.canStoreSecrets());
        Role role = Role.parse("role", Objects.toString(ctx.attribute("role"), "viewer"));
        model.put("canEdit", role.atLeast(Role.LEAD));
        model.put("canSync", role.atLeast(Role.MEMBER));
        return model;
    }

    private static JiraSettingsStore.Input input(Context ctx) {
        Map<String, String> priorities = new LinkedHashMap<>();
        JiraSettings.SEVERITIES.forEach(s -> put(priorities, s, Forms.text(ctx, "priority_" + s)));
        Map<String, String> parents = new LinkedHashMap<>();
        List.of("0", "1", "2").forEach(p -> put(parents, p, Forms.text(ctx, "parent_" + p)));
        String labels = Objects.requireNonNullElse(Forms.text(ctx, "labels"), "");
        return new JiraSettingsStore.Input(Forms.text(ctx, "site_url"), Forms.text(ctx, "flavour"),
                Forms.text(ctx, "project_key"), Forms.text(ctx, "issue_type"), priorities,
                Arrays.stream(labels.split("[,\\s]+")).filter(l -> !l.isEmpty()).toList(), parents,
                Forms.text(ctx, "done_category"), Forms.text(ctx, "email"), Forms.text(ctx, "token"),
                Forms.text(ctx, "pat"), Forms.text(ctx, "webhook_secret"));
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The saved settings as form values (never a secret), or the defaults before the first save. */
    private static Map<String, String> formOf(JiraSettingsStore.View view) {
        Map<String, String> form = new HashMap<>();
        JiraSettings s = view == null ? null : view.settings();
        form.put("flavour", s == null ? "cloud" : JiraSettingsStore.flavourLabel(s.flavour()));
        form.put("issue_type", s == null ? "Task" : s.issueTypeName());
        form.put("done_category", s == null ? "done" : s.doneCategory());
        Map<String, String> priorities = s == null ? JiraSettings.DEFAULT_PRIORITIES : s.priorityBySeverity();
        priorities.forEach((severity, name) -> form.put("priority_" + severity, name));
        if (s != null) {
            form.put("site_url", s.siteUrl().toString());
            form.put("project_key", s.projectKey());
            form.put("labels", String.join(" ", s.extraLabels()));
            s.parentKeyByPhase().forEach((phase, parent) -> form.put("parent_" + phase, parent));
        }
        return form;
    }
}
