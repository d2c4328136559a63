package dev.punchlist;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.jira.sync.JiraBackground;
import dev.punchlist.jira.sync.JiraInbound;
import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.jira.sync.JiraSync;
import dev.punchlist.jira.sync.JiraWebhooks;
import dev.punchlist.jira.sync.SyncWorker;
import dev.punchlist.plan.Comments;
import dev.punchlist.plan.Importer;
import dev.punchlist.plan.ItemChanges;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import dev.punchlist.security.ApiTokens;
import dev.punchlist.security.LoginThrottle;
import dev.punchlist.security.SecurityLog;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.security.Sessions;
import dev.punchlist.store.Database;
import dev.punchlist.user.FirstAdmin;
import dev.punchlist.user.PasswordHasher;
import dev.punchlist.user.Users;
import dev.punchlist.web.Api;
import dev.punchlist.web.JiraApi;
import dev.punchlist.web.JettyErrors;
import dev.punchlist.web.auth.AuthModule;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.punchlist.web.Json;
import dev.punchlist.web.pages.Pages;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;

import java.time.Clock;
import java.util.Set;

/** The one wiring point: builds every service over one database and declares every route. */
public final class App {
    private final Config config;
    private final Database database;
    private final Projects projects;
    private final Items items;
    private final Importer importer;
    private final ReadinessTracker readiness;
    private final Clock clock;
    private final SecuritySettings security;
    private final SecurityLog securityLog;
    private final Users users;
    private final Sessions sessions;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;
    private final JiraSync jiraSync;
    private final SyncWorker syncWorker;
    private final JiraInbound jiraInbound;
    private final JiraWebhooks jiraWebhooks;
    private final JiraBackground jiraBackground;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /** Development security settings (random session key): what one-shot commands and most tests need. */
    public App(Config config, Database database, Clock clock) {
        this(config, database, clock, SecuritySettings.development());
    }

    public App(Config config, Database database, Clock clock, SecuritySettings security) {
        this.config = config;
        this.clock = clock;
        this.security = security;
        this.securityLog = new SecurityLog(database, clock);
        this.users = new Users(database, new PasswordHasher(), securityLog, clock);
        this.sessions = new Sessions(database, security.sessionKey(), security.idleTimeout(), security.absoluteLifetime(), clock);
        this.tokens = new ApiTokens(database, securityLog, clock);
        users.onRoleChange(tokens::forgetVerified);
        this.throttle = new LoginThrottle(LoginThrottle.Limits.standard(), clock);
        this.database = database;
        this.readiness = new ReadinessTracker(database, clock);
        this.projects = new Projects(database, clock);
        projects.afterSettingsChanged(id -> readiness.changed(id, "project settings changed"));
        ItemChanges itemChanges = new ItemChanges(clock);
        this.items = new Items(database, itemChanges, readiness);
        JiraSettingsStore jiraSettings = new JiraSettingsStore(database, security.secretsKey(), clock, System::getenv);
        this.jiraSync = new JiraSync(database, items, jiraSettings, clock, config.publicUrl());
        this.syncWorker = new SyncWorker(database, items, jiraSync, clock);
        this.jiraInbound = new JiraInbound(database, items, jiraSettings, syncWorker, jiraSync, clock);
        this.jiraWebhooks = new JiraWebhooks(database, jiraSettings, jiraInbound, clock);
        this.jiraBackground = new JiraBackground(jiraSettings, syncWorker, jiraInbound);
        itemChanges.onStatusChange(jiraSync::onStatusChange);
        items.afterStatusCommitted(item -> {
            if (jiraSync.takeTransitionToSend(item.id())) {
                jiraBackground.drainSoon(items.projectKeyOf(item));
            }
        });
        this.importer = new Importer(database, new AuditReader(config.maxReportBytes()), clock, readiness);
    }

    /** An unstarted server; tests start it on port 0 with their own database. */
    public Javalin server() {
        ObjectMapper json = Json.mapper();
        Api api = new Api(database, projects, items, importer, readiness, new Comments(database, clock), json);
        AuthModule auth = new AuthModule(security, config.publicUrl(), users, sessions, tokens, throttle, securityLog, metrics, json);
        JiraApi jira = new JiraApi(jiraSync, syncWorker, jiraWebhooks, jiraBackground, jiraInbound, config.publicUrl(), json);
        auth.acceptSignedCalls(JiraApi.WEBHOOK_PREFIX);
        auth.changeAudit().watch(HandlerType.PUT, "/api/v1/projects/{key}/jira/settings", "jira.settings");
        auth.changeAudit().watch(HandlerType.POST, "/api/v1/projects/{key}/jira/push", "jira.push");
        auth.changeAudit().watchForm(HandlerType.POST, "/projects/{key}/jira", "jira.settings");
        auth.changeAudit().watchForm(HandlerType.POST, "/projects/{key}/jira/push", "jira.push");
        auth.changeAudit().watchForm(HandlerType.POST, "/items/{id}/delete", "item.delete");
        auth.changeAudit().watchForm(HandlerType.POST, "/projects/{key}/audits/{id}/undo", "audit.undo");
        auth.changeAudit().watchForm(HandlerType.POST, "/projects/{key}/settings", "project.settings");
        Javalin server = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.maxRequestSize = config.maxReportBytes() + 64 * 1024;
            long requestLimit = cfg.http.maxRequestSize;
            cfg.jetty.modifyHttpConfiguration(auth::limitWaits);
            cfg.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JettyErrors(json)));
            // The import page carries the report back as a form field; Jetty's own cap on form fields (200 KB)
            // would refuse the confirm of a larger report, so form fields get the same limit as the request.
            int formLimit = (int) Math.min(Integer.MAX_VALUE, requestLimit);
            cfg.jetty.modifyServletContextHandler(context -> {
                context.setMaxFormContentSize(formLimit);
                auth.limitBodies(context, requestLimit);
            });
            // Javalin copies each answer to Jetty through a fresh buffer of this size (else Jetty's 32 KB): most
            // answers fit in 4 KB, and 28 KB less garbage per request means fewer collector pauses under load.
            cfg.http.responseBufferSize = 4096;
            cfg.startup.showJavalinBanner = false;
            auth.register(cfg.routes);
            api.register(cfg.routes);
            jira.register(cfg.routes);
            // The Jira thread stops before the server does, so it never writes to a database being closed.
            cfg.events.serverStopping(jiraBackground::close);
            new Pages(database, projects, items, importer, readiness, clock, jiraSync, syncWorker, jiraBackground, jiraInbound,
                    java.util.Objects.toString(config.publicUrl(), "").replaceAll("/+$", "") + JiraApi.WEBHOOK_PREFIX,
                    () -> users.list().stream().map(dev.punchlist.user.User::username).toList()).register(cfg);
        });
        auth.lookUpGetRolesWith(path -> getRoles(server, path));
        return server;
    }

    /** The roles declared on the GET route at {@code path}, which Javalin also runs for HEAD. */
    private static Set<RouteRole> getRoles(Javalin server, String path) {
        var get = server.unsafe.internalRouter.findFirstHttpHandlerEntry(HandlerType.GET, path);
        Roles roles = get == null ? null : get.endpoint.metadata(Roles.class);
        return roles == null ? Set.of() : roles.getRoles();
    }

    /** Creates {@code admin} from PUNCHLIST_ADMIN_PASSWORD when there are no users yet (see {@link FirstAdmin}). */
    public void ensureFirstAdmin() {
        FirstAdmin.ensure(users, security.adminPassword());
    }

    public Users users() {
        return users;
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public SecurityLog securityLog() {
        return securityLog;
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

    public JiraSync jiraSync() {
        return jiraSync;
    }

    public SyncWorker syncWorker() {
        return syncWorker;
    }

    public JiraInbound jiraInbound() {
        return jiraInbound;
    }

    /** The background thread that sends pushes and polls Jira; {@code serve} starts its schedule. */
    public JiraBackground jiraBackground() {
        return jiraBackground;
    }
}
