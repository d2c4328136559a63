package dev.punchlist;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.plan.Importer;
import dev.punchlist.plan.ItemChanges;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import dev.punchlist.store.Database;
import dev.punchlist.web.Api;
import dev.punchlist.web.Json;
import dev.punchlist.web.pages.Pages;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.time.Clock;

/** The one wiring point: builds every service over one database and declares every route. */
public final class App {
    private final Config config;
    private final Database database;
    private final Projects projects;
    private final Items items;
    private final Importer importer;
    private final ReadinessTracker readiness;
    private final Clock clock;

    public App(Config config, Database database, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.database = database;
        this.readiness = new ReadinessTracker(database, clock);
        this.projects = new Projects(database, clock);
        this.items = new Items(database, new ItemChanges(clock, readiness));
        this.importer = new Importer(database, new AuditReader(config.maxReportBytes()), clock, readiness);
    }

    /** An unstarted server; tests start it on port 0 with their own database. */
    public Javalin server() {
        ObjectMapper json = Json.mapper();
        Api api = new Api(database, projects, items, importer, readiness, json);
        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.maxRequestSize = config.maxReportBytes() + 64 * 1024;
            cfg.startup.showJavalinBanner = false;
            api.register(cfg.routes);
            new Pages(database, projects, items, importer, readiness, clock).register(cfg);
        });
    }

    public Projects projects() {
        return projects;
    }

    public Items items() {
        return items;
    }

    public Importer importer() {
        return importer;
    }

    public ReadinessTracker readiness() {
        return readiness;
    }
}
