package dev.punchlist.jira;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Talks to one Jira project for punchlist: bulk creation mapped back by label, reads, edits,
 * transitions by status category, reconciliation searches and a connection check.
 *
 * <p>Errors: {@link JiraConfigException} (fix the settings; do not retry), {@link JiraUnavailableException}
 * (Jira kept failing; retry later), {@link JiraAmbiguousException} (a write timed out; look up by label
 * before writing again). {@link #createBulk(List)} never throws the last two; it reports them per draft.
 * Safe to call from several threads; at most {@link Options#maxConcurrentRequests()} calls are in flight.
 */
public final class JiraClient {
    private static final DateTimeFormatter JQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JiraSettings settings;
    private final JiraHttp http;
    private final IssueReader reader;
    private final Searcher searcher;

    /**
     * @param readTimeout per-request time to wait for an answer; a write that runs past it is ambiguous
     */
    public record Options(Duration connectTimeout, Duration readTimeout, int maxConcurrentRequests,
                          RetryPolicy retry, Sleeper sleeper) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(5), Duration.ofSeconds(30), 4, RetryPolicy.defaults(), Sleeper.REAL);
        }

        public Options withReadTimeout(Duration d) {
            return new Options(connectTimeout, d, maxConcurrentRequests, retry, sleeper);
        }

        public Options withRetry(RetryPolicy r, Sleeper s) {
            return new Options(connectTimeout, readTimeout, maxConcurrentRequests, r, s);
        }
    }

    public JiraClient(JiraSettings settings, JiraCredentials credentials, Options options) {
        if (credentials.isCloud() != (settings.flavour() == Flavour.CLOUD)) {
            throw new IllegalArgumentException(settings.flavour() == Flavour.CLOUD
                    ? "Jira Cloud needs an e-mail and API token, not a personal access token"
                    : "Jira Data Center needs a personal access token, not an e-mail and API token");
        }
        this.settings = settings;
        this.http = new JiraHttp(settings.siteUrl(), credentials, options);
        this.reader = new IssueReader(http, settings.flavour());
        this.searcher = new Searcher(http, settings.flavour());
    }

    public JiraSettings settings() {
        return settings;
    }

    /** Creates the drafts 50 per call; every draft gets exactly one outcome, in input order. */
    public BulkResult createBulk(List<IssueDraft> drafts) {
        return new BulkCreator(http, settings, reader).create(drafts);
    }

    /** Tickets carrying the label (normally zero or one; more means a duplicate). Subject to index lag. */
    public List<JiraIssue> findByLabel(String label) {
        List<JiraIssue> found = new ArrayList<>();
        searcher.search("project = " + Searcher.quote(settings.projectKey()) + " AND labels = "
                + Searcher.quote(label), found::add);
        return found;
    }

    /** The ticket, or empty if Jira has no such key (deleted or moved out of sight). */
    public Optional<JiraIssue> getIssue(String key) {
        return reader.get(key);
    }

    /** Sets fields as Jira's {@code fields} object expects them, e.g. {@code Map.of("summary", "x")}. */
    public void updateFields(String key, Map<String, ?> fields) {
        var body = JiraHttp.JSON.createObjectNode();
        body.set("fields", JiraHttp.JSON.valueToTree(fields));
        http.send(JiraHttp.Call.write("PUT", settings.flavour().apiPrefix() + "/issue/" + IssueReader.encode(key), body));
    }

    /** Rewrites the fields punchlist owns (summary, description, priority, labels, due date) from a draft. */
    public void updateFromDraft(String key, IssueDraft draft) {
        updateFields(key, JiraHttp.JSON.convertValue(IssueFields.forEdit(draft, settings), Map.class));
    }

    /**
     * Moves the ticket through a transition whose target status is in the category ({@code new},
     * {@code indeterminate}, {@code done}). Returns false if it was already in that category.
     */
    public boolean transitionToCategory(String key, String categoryKey) {
        return new Transitions(http, settings.flavour(), reader).toCategory(key, categoryKey);
    }

    /**
     * Links {@code duplicateKey} to {@code keptKey} with Jira's "Duplicate" link type, shown on the duplicate as
     * "duplicates {@code keptKey}".
     */
    public void linkAsDuplicate(String duplicateKey, String keptKey) {
        var body = JiraHttp.JSON.createObjectNode();
        body.putObject("type").put("name", "Duplicate");
        body.putObject("inwardIssue").put("key", duplicateKey);
        body.putObject("outwardIssue").put("key", keptKey);
        http.send(JiraHttp.Call.write("POST", settings.flavour().apiPrefix() + "/issueLink", body));
    }

    /** Runs a JQL search through every page; returns the number of tickets fed to {@code sink}. */
    public int search(String jql, Consumer<JiraIssue> sink) {
        return searcher.search(jql, sink);
    }

    /** Punchlist's tickets in the project updated at or after {@code since} (minute precision, UTC). */
    public int searchUpdatedSince(Instant since, Consumer<JiraIssue> sink) {
        // JQL dates are read in the account's time zone; the caller should keep a few minutes of overlap.
        String when = JQL_TIME.format(since.atOffset(ZoneOffset.UTC));
        return search("project = " + Searcher.quote(settings.projectKey()) + " AND updated >= "
                + Searcher.quote(when) + " ORDER BY updated ASC", sink);
    }

    /**
     * The project's tickets updated within the last {@code window} (rounded up to whole minutes). A relative
     * JQL date ({@code -15m}) does not depend on the Jira account's time zone, unlike an absolute one.
     */
    public int searchUpdatedWithin(Duration window, Consumer<JiraIssue> sink) {
        long minutes = Math.max(1, (window.toSeconds() + 59) / 60);
        return search("project = " + Searcher.quote(settings.projectKey()) + " AND updated >= -" + minutes + "m"
                + " ORDER BY updated ASC", sink);
    }

    /** Problems that would stop pushing, in plain words; empty when all is well. */
    public List<String> testConnection() {
        return new ConnectionCheck(http, settings).run();
    }

    /** Checks settings that have not been saved yet. */
    public static List<String> testConnection(JiraSettings settings, JiraCredentials credentials, Options options) {
        return new JiraClient(settings, credentials, options).testConnection();
    }

}
