package dev.punchlist.web.pages;

import dev.punchlist.plan.AuditSummary;
import dev.punchlist.plan.Importer;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Pace;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import dev.punchlist.score.Contribution;
import dev.punchlist.score.Readiness;
import dev.punchlist.score.Snapshot;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /projects/{key}/readiness}: the score explained, over time, and when each phase should be done. */
final class ReadinessPage {
    private final Views views;
    private final Projects projects;
    private final Items items;
    private final ReadinessTracker readiness;
    private final Importer importer;
    private final Clock clock;

    ReadinessPage(Views views, Projects projects, Items items, ReadinessTracker readiness, Importer importer, Clock clock) {
        this.views = views;
        this.projects = projects;
        this.items = items;
        this.readiness = readiness;
        this.importer = importer;
        this.clock = clock;
    }

    void show(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        Instant now = clock.instant();
        Readiness current = readiness.current(project.key());
        List<Snapshot> history = readiness.history(project.key());
        List<Item> all = items.all(project.key(), ItemFilter.ALL);
        List<AuditSummary> audits = importer.audits(project.key());
        List<Pace.BurnPoint> burn = Pace.burndown(all, now);
        Map<String, Object> model = new HashMap<>();
        model.put("project", project);
        model.put("readiness", current);
        model.put("contributions", current.contributions().stream()
                .sorted(Comparator.comparingDouble(Contribution::points).reversed()).toList());
        model.put("audit", audits.isEmpty() ? null : audits.get(audits.size() - 1));
        model.put("scoreChart", Charts.score(history, now));
        Pace.Forecast forecast = Pace.forecast(all, now);
        model.put("burnChart", Charts.burndown(burn, forecast));
        model.put("history", history.size() > 10 ? history.subList(history.size() - 10, history.size()) : history);
        model.put("forecast", forecast);
        model.put("windowDays", Pace.WINDOW_DAYS);
        model.put("minHistoryDays", Pace.MIN_HISTORY_DAYS);
        model.put("burn", burn.size() > 14 ? burn.subList(burn.size() - 14, burn.size()) : burn);
        views.render(ctx, "readiness/readiness", model);
    }
}
