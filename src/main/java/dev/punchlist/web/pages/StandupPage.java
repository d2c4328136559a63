package dev.punchlist.web.pages;

import dev.punchlist.plan.Project;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import dev.punchlist.plan.Standups;
import dev.punchlist.score.Readiness;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/** {@code /projects/{key}/standup}: the ten-minute meeting on the shared screen. */
final class StandupPage {
    private final Views views;
    private final Projects projects;
    private final Standups standups;
    private final ReadinessTracker readiness;

    StandupPage(Views views, Projects projects, Standups standups, ReadinessTracker readiness) {
        this.views = views;
        this.projects = projects;
        this.standups = standups;
        this.readiness = readiness;
    }

    void show(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        boolean mine = ctx.queryParam("mine") != null;
        Standups.Agenda agenda = standups.agenda(project.key(), mine ? Viewer.name(ctx) : null);
        Readiness now = readiness.current(project.key());
        Double scoreDelta = agenda.scoreThen() == null ? null : now.score() - agenda.scoreThen().score();
        boolean levelChanged = agenda.scoreThen() != null && agenda.scoreThen().level() != now.level();
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("project", project);
        model.put("agenda", agenda);
        model.put("readiness", now);
        model.put("scoreDelta", scoreDelta);
        model.put("levelChanged", levelChanged);
        model.put("dueSoonDays", Standups.DUE_SOON_DAYS);
        model.put("mine", mine);
        views.render(ctx, "standup/standup", model);
    }

    void hold(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        standups.hold(project.key(), Viewer.actor(ctx));
        ctx.redirect("/projects/" + project.key() + "/standup", HttpStatus.SEE_OTHER);
    }
}
