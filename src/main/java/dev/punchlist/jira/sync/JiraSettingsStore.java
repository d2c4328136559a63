package dev.punchlist.jira.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.punchlist.jira.Flavour;
import dev.punchlist.jira.JiraCredentials;
import dev.punchlist.jira.JiraSettings;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.JiraSettingsRecord;
import org.jooq.DSLContext;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.JIRA_SETTINGS;

/**
 * A project's Jira settings and credentials. Credentials come from the environment
 * ({@code PUNCHLIST_JIRA_EMAIL} + {@code PUNCHLIST_JIRA_TOKEN}, or {@code PUNCHLIST_JIRA_PAT}) or are stored
 * AES-GCM-encrypted with the secrets key; they are never returned or logged.
 */
public final class JiraSettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}-\\d+");

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
                        String doneCategory, String email, String token, String pat) {
    }

    /** Saved settings as shown to users: never the secret, only where the credentials come from. */
    public record View(JiraSettings settings, String credentialsSource) {
    }

    public View save(String projectKey, Input in) {
        JiraSettings settings = validate(in);
        String encrypted = encryptedCredentials(in, settings.flavour());
        return database.write(db -> {
            long projectId = ProjectIds.of(db, projectKey);
            JiraSettingsRecord row = db.fetchOptional(JIRA_SETTINGS, JIRA_SETTINGS.PROJECT_ID.eq(projectId))
                    .orElseGet(() -> {
                        JiraSettingsRecord r = db.newRecord(JIRA_SETTINGS);
                        r.setProjectId(projectId);
                        return r;
                    });
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
            row.setUpdatedAt(toDb(clock.instant()));
            row.store();
            return new View(settings, source(row));
        });
    }

    public Optional<View> find(String projectKey) {
        return database.read(db -> find(db, projectKey).map(r -> new View(toSettings(r), source(r))));
    }

    /** The settings, or a {@link JiraNotConfiguredException} telling the user to save them first. */
    public JiraSettings settings(String projectKey) {
        return find(projectKey).map(View::settings).orElseThrow(() -> new JiraNotConfiguredException(
                "project " + projectKey + " has no Jira settings; PUT /api/v1/projects/" + projectKey + "/jira/settings first"));
    }

    public JiraCredentials credentials(String projectKey) {
        JiraSettings settings = settings(projectKey);
        Map<String, String> e = env.get();
        if (settings.flavour() == Flavour.CLOUD && present(e.get("PUNCHLIST_JIRA_EMAIL")) && present(e.get("PUNCHLIST_JIRA_TOKEN"))) {
            return JiraCredentials.cloud(e.get("PUNCHLIST_JIRA_EMAIL"), e.get("PUNCHLIST_JIRA_TOKEN"));
        }
        if (settings.flavour() == Flavour.DATA_CENTER && present(e.get("PUNCHLIST_JIRA_PAT"))) {
            return JiraCredentials.dataCenter(e.get("PUNCHLIST_JIRA_PAT"));
        }
        String stored = database.read(db -> find(db, projectKey).map(JiraSettingsRecord::getCredentialsEncrypted).orElse(null));
        if (stored == null) {
            throw new JiraNotConfiguredException("no Jira credentials: set PUNCHLIST_JIRA_EMAIL and PUNCHLIST_JIRA_TOKEN "
                    + "(Cloud) or PUNCHLIST_JIRA_PAT (Data Center), or store them with the settings");
        }
        if (secretsKey == null) {
            throw new JiraNotConfiguredException("stored Jira credentials need PUNCHLIST_SECRETS_KEY to be decrypted");
        }
        try {
            var node = JSON.readTree(new CredentialCipher(secretsKey).decrypt(stored));
            return node.hasNonNull("pat") ? JiraCredentials.dataCenter(node.get("pat").asText())
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
        if (present(e.get("PUNCHLIST_JIRA_PAT")) || (present(e.get("PUNCHLIST_JIRA_EMAIL")) && present(e.get("PUNCHLIST_JIRA_TOKEN")))) {
            return "environment";
        }
        return row.getCredentialsEncrypted() != null ? "stored" : "missing";
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

    static JiraSettings validate(Input in) {
        URI site;
        try {
            site = in.siteUrl() == null ? null : URI.create(in.siteUrl().trim().replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            site = null;
        }
        if (site == null || site.getHost() == null || !List.of("http", "https").contains(site.getScheme())) {
            throw new InvalidInputException("site_url", "must be an http(s) address such as https://acme.atlassian.net");
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

    static String flavourLabel(Flavour f) {
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
