package dev.punchlist.jira.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.punchlist.jira.Flavour;
import dev.punchlist.jira.JiraCredentials;
import dev.punchlist.jira.JiraSettings;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.store.Database;
import dev.punchlist.store.Timestamps;
import dev.punchlist.store.schema.tables.records.JiraSettingsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.JIRA_SETTINGS;
import static dev.punchlist.store.schema.Tables.PROJECT;

/**
 * A project's Jira settings and credentials. Credentials come from the environment
 * ({@code PUNCHLIST_JIRA_EMAIL} + {@code PUNCHLIST_JIRA_TOKEN}, or {@code PUNCHLIST_JIRA_PAT}) or are stored
 * AES-GCM-encrypted with the secrets key; they are never returned or logged.
 *
 * <p>Credentials go only to the site they belong to, so whoever may edit the settings cannot read them by
 * pointing {@code site_url} at an address of their own: stored credentials are forgotten when the site changes
 * (unless new ones come with the change); the environment's serve the one site the operator named in
 * {@code PUNCHLIST_JIRA_SITE_URL}, never a site a project chose; and a site is {@code https}, plain {@code http}
 * only on loopback or a host listed in {@code PUNCHLIST_JIRA_HTTP_HOSTS} (an internal Data Center).
 */
public final class JiraSettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}-\\d+");
    static final String WEBHOOK_SECRET_ENV = "PUNCHLIST_JIRA_WEBHOOK_SECRET";
    static final String SITE_ENV = "PUNCHLIST_JIRA_SITE_URL";
    static final String HTTP_HOSTS_ENV = "PUNCHLIST_JIRA_HTTP_HOSTS";
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Database database;
    private final byte[] secretsKey;
    private final Clock clock;
    private final Supplier<Map<String, String>> env;

    public JiraSettingsStore(Database database, byte[] secretsKey, Clock clock, Supplier<Map<String, String>> env) {
        this.database = database;
        this.secretsKey = secretsKey;
        this.clock = clock;
        this.env = env;
    }

    /** What a client sends to {@code PUT .../jira/settings}; credentials are optional (env may provide them). */
    public record Input(String siteUrl, String flavour, String jiraProjectKey, String issueType,
                        Map<String, String> priorities, List<String> labels, Map<String, String> parents,
                        String doneCategory, String email, String token, String pat, String webhookSecret) {
    }

    /**
     * Saved settings as shown to users: never a secret, only where the credentials come from
     * ({@code environment}, {@code stored} or {@code missing}), whether a webhook secret is set, and the last
     * configuration problem Jira reported (null once fixed).
     */
    public record View(JiraSettings settings, String credentialsSource, boolean webhookSecretSet, String problem,
                       Instant problemAt, int duplicatesClosed, List<String> duplicatesLeft) {
    }

    /** The duplicate sweep's notes kept for the Jira page: the latest ones. */
    static final int DUPLICATE_NOTES = 20;

    /** Shortest webhook secret accepted: Jira's own generator makes much longer ones. */
    static final int MIN_WEBHOOK_SECRET = 16;

    public View save(String projectKey, Input in) {
        JiraSettings settings = validate(in, httpHosts());
        String encrypted = encryptedCredentials(in, settings.flavour());
        String webhookSecret = encryptedWebhookSecret(in.webhookSecret());
        return database.write(db -> {
            long projectId = ProjectIds.of(db, projectKey);
            JiraSettingsRecord row = db.fetchOptional(JIRA_SETTINGS, JIRA_SETTINGS.PROJECT_ID.eq(projectId))
                    .orElseGet(() -> {
                        JiraSettingsRecord r = db.newRecord(JIRA_SETTINGS);
                        r.setProjectId(projectId);
                        return r;
                    });
            if (encrypted == null && row.getSiteUrl() != null && !row.getSiteUrl().equals(settings.siteUrl().toString())) {
                row.setCredentialsEncrypted(null); // saved for the old site: they are not sent to a new one
            }
            row.setSiteUrl(settings.siteUrl().toString());
            row.setFlavour(flavourLabel(settings.flavour()));
            row.setJiraProjectKey(settings.projectKey());
            row.setIssueType(settings.issueTypeName());
            row.setPriorities(write(settings.priorityBySeverity()));
            row.setLabels(write(settings.extraLabels()));
            row.setParents(write(settings.parentKeyByPhase()));
            row.setDoneCategory(settings.doneCategory());
            if (encrypted != null) {
                row.setCredentialsEncrypted(encrypted);
            }
            if (webhookSecret != null) {
                row.setWebhookSecretEncrypted(webhookSecret);
            }
            // New settings deserve a fresh chance: the old problem is cleared until Jira reports another.
            row.setProblem(null);
            row.setProblemAt(null);
            row.setUpdatedAt(toDb(clock.instant()));
            row.store();
            return view(row);
        });
    }

    public Optional<View> find(String projectKey) {
        return database.read(db -> find(db, projectKey).map(this::view));
    }

    private View view(JiraSettingsRecord r) {
        return new View(toSettings(r), source(r), present(env.get().get(WEBHOOK_SECRET_ENV)) || r.getWebhookSecretEncrypted() != null,
                r.getProblem(), r.getProblemAt() == null ? null : fromDb(r.getProblemAt()),
                r.getDuplicatesClosed() == null ? 0 : r.getDuplicatesClosed(),
                r.getDuplicatesLeft() == null ? List.of() : List.of(r.getDuplicatesLeft().split("\n")));
    }

    /** False when the server has no {@code PUNCHLIST_SECRETS_KEY}: then no credential or webhook secret can be saved. */
    public boolean canStoreSecrets() {
        return secretsKey != null;
    }

    /** Keys of the projects that have Jira settings, for the background sync. */
    public List<String> configuredProjects() {
        return database.read(db -> db.select(PROJECT.KEY).from(JIRA_SETTINGS).join(PROJECT).on(PROJECT.ID.eq(JIRA_SETTINGS.PROJECT_ID))
                .orderBy(PROJECT.KEY).fetch(PROJECT.KEY));
    }

    /**
     * Remembers a configuration problem Jira reported (401, 403, unknown project, missing field), so the API
     * and the pages can show it once; {@code null} clears it after a call that worked.
     */
    public void recordProblem(String projectKey, String problem) {
        // The same problem again keeps its first time, so the pages can say since when it lasts.
        database.write(db -> db.update(JIRA_SETTINGS).set(JIRA_SETTINGS.PROBLEM, problem)
                .set(JIRA_SETTINGS.PROBLEM_AT, problem == null ? DSL.val(null, JIRA_SETTINGS.PROBLEM_AT)
                        : DSL.when(JIRA_SETTINGS.PROBLEM.eq(problem), JIRA_SETTINGS.PROBLEM_AT).otherwise(toDb(clock.instant())))
                .where(JIRA_SETTINGS.PROJECT_ID.eq(ProjectIds.of(db, projectKey))).execute());
    }

    /** Counts a duplicate ticket the sweep closed ({@code null}), or keeps the note on one it could not close. */
    public void recordDuplicate(String projectKey, String leftNote) {
        database.write(db -> find(db, projectKey).map(row -> {
            if (leftNote == null) {
                row.setDuplicatesClosed((row.getDuplicatesClosed() == null ? 0 : row.getDuplicatesClosed()) + 1);
            } else {
                List<String> notes = new ArrayList<>(row.getDuplicatesLeft() == null ? List.of()
                        : List.of(row.getDuplicatesLeft().split("\n")));
                notes.add(leftNote.replaceAll("\\s+", " "));
                row.setDuplicatesLeft(String.join("\n", notes.subList(Math.max(0, notes.size() - DUPLICATE_NOTES), notes.size())));
            }
            return row.store();
        }).orElse(0));
    }

    /** When the last reconciliation started, or empty before the first. */
    public Optional<Instant> pulledAt(String projectKey) {
        return database.read(db -> find(db, projectKey).map(JiraSettingsRecord::getPulledAt).map(Timestamps::fromDb));
    }

    public void recordPull(String projectKey, Instant startedAt) {
        database.write(db -> db.update(JIRA_SETTINGS).set(JIRA_SETTINGS.PULLED_AT, toDb(startedAt))
                .where(JIRA_SETTINGS.PROJECT_ID.eq(ProjectIds.of(db, projectKey))).execute());
    }

    /**
     * The secret Jira signs webhooks with: {@code PUNCHLIST_JIRA_WEBHOOK_SECRET} first, else the stored one.
     * Empty when there is none, or the project does not exist: the webhook then refuses every delivery.
     */
    public Optional<String> webhookSecret(String projectKey) {
        Optional<JiraSettingsRecord> row = database.read(db -> db.select(JIRA_SETTINGS.fields()).from(JIRA_SETTINGS)
                .join(PROJECT).on(PROJECT.ID.eq(JIRA_SETTINGS.PROJECT_ID)).where(PROJECT.KEY.eq(projectKey))
                .fetchOptionalInto(JIRA_SETTINGS));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String fromEnv = env.get().get(WEBHOOK_SECRET_ENV);
        if (present(fromEnv)) {
            return Optional.of(fromEnv);
        }
        String stored = row.get().getWebhookSecretEncrypted();
        if (stored == null || secretsKey == null) {
            return Optional.empty();
        }
        return Optional.of(new CredentialCipher(secretsKey).decrypt(stored));
    }

    /** The settings, or a {@link JiraNotConfiguredException} telling the user to save them first. */
    public JiraSettings settings(String projectKey) {
        return find(projectKey).map(View::settings).orElseThrow(() -> new JiraNotConfiguredException(
                "project " + projectKey + " has no Jira settings; PUT /api/v1/projects/" + projectKey + "/jira/settings first"));
    }

    public JiraCredentials credentials(String projectKey) {
        JiraSettings settings = settings(projectKey);
        if (!schemeAllowed(settings.siteUrl(), httpHosts())) {
            throw new JiraNotConfiguredException("the saved site_url " + httpsOnly() + "; save the settings again");
        }
        Map<String, String> e = env.get();
        boolean operatorsSite = operatorsSite(settings.siteUrl());
        if (operatorsSite && settings.flavour() == Flavour.CLOUD && present(e.get("PUNCHLIST_JIRA_EMAIL")) && present(e.get("PUNCHLIST_JIRA_TOKEN"))) {
            return JiraCredentials.cloud(e.get("PUNCHLIST_JIRA_EMAIL"), e.get("PUNCHLIST_JIRA_TOKEN"));
        }
        if (operatorsSite && settings.flavour() == Flavour.DATA_CENTER && present(e.get("PUNCHLIST_JIRA_PAT"))) {
            return JiraCredentials.dataCenter(e.get("PUNCHLIST_JIRA_PAT"));
        }
        String stored = database.read(db -> find(db, projectKey).map(JiraSettingsRecord::getCredentialsEncrypted).orElse(null));
        if (stored == null) {
            throw new JiraNotConfiguredException("no Jira credentials for " + settings.siteUrl() + ": store them with the "
                    + "settings, or set PUNCHLIST_JIRA_EMAIL and PUNCHLIST_JIRA_TOKEN (Cloud) or PUNCHLIST_JIRA_PAT (Data Center) "
                    + "with " + SITE_ENV + " naming this site");
        }
        if (secretsKey == null) {
            throw new JiraNotConfiguredException("stored Jira credentials need PUNCHLIST_SECRETS_KEY to be decrypted");
        }
        try {
            var node = JSON.readTree(new CredentialCipher(secretsKey).decrypt(stored));
            boolean pat = node.hasNonNull("pat");
            if (pat != (settings.flavour() == Flavour.DATA_CENTER)) {
                throw new JiraNotConfiguredException("the stored Jira credentials are for " + (pat ? "Data Center" : "Cloud")
                        + " but the settings say " + (pat ? "Cloud" : "Data Center") + "; store credentials for "
                        + (pat ? "Cloud (email and token)" : "Data Center (pat)"));
            }
            return pat ? JiraCredentials.dataCenter(node.get("pat").asText())
                    : JiraCredentials.cloud(node.path("email").asText(), node.path("token").asText());
        } catch (java.io.IOException ex) {
            throw new JiraNotConfiguredException("the stored Jira credentials are unreadable; store them again");
        }
    }

    private static Optional<JiraSettingsRecord> find(DSLContext db, String projectKey) {
        long projectId = ProjectIds.of(db, projectKey);
        return db.fetchOptional(JIRA_SETTINGS, JIRA_SETTINGS.PROJECT_ID.eq(projectId));
    }

    private String source(JiraSettingsRecord row) {
        Map<String, String> e = env.get();
        boolean fromEnv = present(e.get("PUNCHLIST_JIRA_PAT")) || (present(e.get("PUNCHLIST_JIRA_EMAIL")) && present(e.get("PUNCHLIST_JIRA_TOKEN")));
        if (fromEnv && operatorsSite(URI.create(row.getSiteUrl()))) {
            return "environment";
        }
        return row.getCredentialsEncrypted() != null ? "stored" : "missing";
    }

    private String encryptedWebhookSecret(String secret) {
        if (!present(secret)) {
            return null;
        }
        if (secret.length() < MIN_WEBHOOK_SECRET || secret.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("webhook_secret", "must be at least " + MIN_WEBHOOK_SECRET
                    + " characters without spaces; let Jira generate one, or use: openssl rand -hex 32");
        }
        if (secretsKey == null) {
            throw new InvalidInputException("webhook_secret", "cannot be stored without PUNCHLIST_SECRETS_KEY; set it, "
                    + "or give the secret through " + WEBHOOK_SECRET_ENV);
        }
        return new CredentialCipher(secretsKey).encrypt(secret);
    }

    private String encryptedCredentials(Input in, Flavour flavour) {
        boolean any = present(in.email()) || present(in.token()) || present(in.pat());
        if (!any) {
            return null;
        }
        if (secretsKey == null) {
            throw new InvalidInputException("token", "cannot be stored without PUNCHLIST_SECRETS_KEY; set it, or give the "
                    + "credentials through PUNCHLIST_JIRA_EMAIL/PUNCHLIST_JIRA_TOKEN or PUNCHLIST_JIRA_PAT");
        }
        ObjectNode node = JSON.createObjectNode();
        if (flavour == Flavour.CLOUD) {
            if (!present(in.email()) || !in.email().contains("@")) {
                throw new InvalidInputException("email", "is required with an API token on Jira Cloud");
            }
            if (!present(in.token())) {
                throw new InvalidInputException("token", "is required on Jira Cloud (an Atlassian API token)");
            }
            node.put("email", in.email().trim()).put("token", in.token());
        } else {
            if (!present(in.pat())) {
                throw new InvalidInputException("pat", "is required on Jira Data Center (a personal access token)");
            }
            node.put("pat", in.pat());
        }
        return new CredentialCipher(secretsKey).encrypt(node.toString());
    }

    /** The environment's credentials belong to the site the operator named, never to one a project chose. */
    private boolean operatorsSite(URI site) {
        String named = env.get().get(SITE_ENV);
        return present(named) && normalised(named).equalsIgnoreCase(normalised(site.toString()));
    }

    private static String normalised(String url) {
        return url.trim().replaceAll("/+$", "");
    }

    private List<String> httpHosts() {
        String listed = env.get().get(HTTP_HOSTS_ENV);
        List<String> hosts = new java.util.ArrayList<>(LOOPBACK);
        if (present(listed)) {
            for (String host : listed.split(",")) {
                hosts.add(host.trim().toLowerCase(Locale.ROOT));
            }
        }
        return hosts;
    }

    /** Plain http would show the credentials to the network: only loopback and hosts the operator listed may use it. */
    private static boolean schemeAllowed(URI site, List<String> httpHosts) {
        return !"http".equals(site.getScheme()) || httpHosts.contains(site.getHost().toLowerCase(Locale.ROOT));
    }

    private static String httpsOnly() {
        return "must be https; plain http is allowed only for the hosts in " + HTTP_HOSTS_ENV + " (and loopback)";
    }

    static JiraSettings validate(Input in, List<String> httpHosts) {
        URI site;
        try {
            site = in.siteUrl() == null ? null : URI.create(normalised(in.siteUrl()));
        } catch (IllegalArgumentException e) {
            site = null;
        }
        if (site == null || site.getHost() == null || !List.of("http", "https").contains(site.getScheme())
                || site.getUserInfo() != null) {
            throw new InvalidInputException("site_url", "must be an https address such as https://acme.atlassian.net");
        }
        if (!schemeAllowed(site, httpHosts)) {
            throw new InvalidInputException("site_url", httpsOnly());
        }
        Flavour flavour = parseFlavour(in.flavour());
        if (in.jiraProjectKey() == null || !PROJECT_KEY.matcher(in.jiraProjectKey()).matches()) {
            throw new InvalidInputException("project_key", "must be 2-10 upper-case letters or digits starting with a letter, e.g. OPS");
        }
        if (in.issueType() == null || in.issueType().isBlank() || in.issueType().length() > 100) {
            throw new InvalidInputException("issue_type", "must name an issue type, e.g. Task");
        }
        Map<String, String> priorities = new LinkedHashMap<>(JiraSettings.DEFAULT_PRIORITIES);
        if (in.priorities() != null) {
            in.priorities().forEach((severity, name) -> {
                if (!JiraSettings.SEVERITIES.contains(severity)) {
                    throw new InvalidInputException("priorities", "severity '" + severity + "' is not one of critical, high, medium, low");
                }
                if (name == null || name.isBlank()) {
                    throw new InvalidInputException("priorities", "no Jira priority is named for severity " + severity);
                }
                priorities.put(severity, name.trim());
            });
        }
        List<String> labels = in.labels() == null ? List.of() : in.labels();
        for (String l : labels) {
            if (l == null || l.isBlank() || l.chars().anyMatch(Character::isWhitespace) || l.length() > 255) {
                throw new InvalidInputException("labels", "label '" + l + "' must be non-empty and contain no spaces");
            }
        }
        Map<Integer, String> parents = new LinkedHashMap<>();
        if (in.parents() != null) {
            in.parents().forEach((phase, key) -> {
                int p;
                try {
                    p = Integer.parseInt(phase);
                } catch (NumberFormatException e) {
                    p = -1;
                }
                if (p < 0 || p > 2) {
                    throw new InvalidInputException("parents", "phase " + phase + " does not exist; phases are 0, 1 and 2");
                }
                if (key == null || !ISSUE_KEY.matcher(key).matches()) {
                    throw new InvalidInputException("parents", "parent of phase " + phase + " must be an issue key such as OPS-12");
                }
                parents.put(p, key);
            });
        }
        String done = in.doneCategory() == null || in.doneCategory().isBlank() ? "done" : in.doneCategory().trim();
        if (!List.of("new", "indeterminate", "done").contains(done)) {
            throw new InvalidInputException("done_category", "must be a status category key: new, indeterminate or done");
        }
        try {
            return new JiraSettings(site, flavour, in.jiraProjectKey(), in.issueType().trim(), priorities, labels, parents, done);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("body", e.getMessage());
        }
    }

    private static Flavour parseFlavour(String s) {
        if (s != null) {
            switch (s.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
                case "cloud":
                    return Flavour.CLOUD;
                case "data_center", "datacenter", "server":
                    return Flavour.DATA_CENTER;
                default:
                    break;
            }
        }
        throw new InvalidInputException("flavour", "must be cloud or data_center");
    }

    /** {@code cloud} or {@code data_center}, as the settings API spells them. */
    public static String flavourLabel(Flavour f) {
        return f == Flavour.CLOUD ? "cloud" : "data_center";
    }

    private static JiraSettings toSettings(JiraSettingsRecord r) {
        try {
            Map<String, String> priorities = JSON.readValue(r.getPriorities(), new TypeReference<>() { });
            List<String> labels = JSON.readValue(r.getLabels(), new TypeReference<>() { });
            Map<Integer, String> parents = JSON.readValue(r.getParents(), new TypeReference<>() { });
            return new JiraSettings(URI.create(r.getSiteUrl()), "cloud".equals(r.getFlavour()) ? Flavour.CLOUD : Flavour.DATA_CENTER,
                    r.getJiraProjectKey(), r.getIssueType(), priorities, labels, parents, r.getDoneCategory());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored Jira settings are unreadable", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
