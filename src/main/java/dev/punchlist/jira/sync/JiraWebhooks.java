package dev.punchlist.jira.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.jira.JiraConfigException;
import dev.punchlist.jira.SeenDeliveries;
import dev.punchlist.jira.WebhookVerifier;
import dev.punchlist.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.JIRA_WEBHOOK_DELIVERY;

/**
 * Receives Jira's webhook deliveries for one project: checks the {@code X-Hub-Signature} HMAC of the raw body,
 * drops repeats by {@code X-Atlassian-Webhook-Identifier}, and re-reads the ticket from Jira rather than
 * trusting the payload (which only tells us which ticket to look at).
 */
public final class JiraWebhooks {
    private static final Logger LOG = LoggerFactory.getLogger(JiraWebhooks.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}-\\d{1,12}");
    /** Delivery ids are kept this long in the database, beyond Jira's retry window, then forgotten. */
    static final Duration REMEMBER = Duration.ofDays(7);

    private final Database database;
    private final JiraSettingsStore store;
    private final JiraInbound inbound;
    private final Clock clock;
    private final SeenDeliveries seen = new SeenDeliveries(10_000);

    public JiraWebhooks(Database database, JiraSettingsStore store, JiraInbound inbound, Clock clock) {
        this.database = database;
        this.store = store;
        this.inbound = inbound;
        this.clock = clock;
    }

    /** What became of one delivery. */
    public enum Result {
        /** unsigned, wrongly signed, or for a project without a webhook secret: nothing was read or changed */
        REFUSED,
        /** a delivery already processed */
        REPEAT,
        /** signed, but not about a ticket (or about a ticket no item is linked to) */
        IGNORED,
        CHANGED, IN_STEP, KEPT_PUNCHLIST,
        /** Jira no longer has the ticket */
        NOT_FOUND,
        /** Jira refused our credentials or settings while re-reading the ticket (shown in the sync status) */
        JIRA_REFUSED
    }

    public record Delivery(Result result, String issueKey) {
    }

    /**
     * Handles one delivery. Throws {@link dev.punchlist.jira.JiraUnavailableException} when Jira could not be
     * read; the delivery is then not remembered, so Jira's retry of it is processed.
     */
    public Delivery receive(String projectKey, byte[] rawBody, String signature, String deliveryId) {
        Optional<String> secret = secret(projectKey);
        if (secret.isEmpty() || !new WebhookVerifier(secret.get()).verify(rawBody, signature)) {
            return new Delivery(Result.REFUSED, null);
        }
        if (!seen.firstTime(deliveryId) || delivered(deliveryId)) {
            return new Delivery(Result.REPEAT, null);
        }
        String issueKey = issueKey(rawBody);
        try {
            Result result = issueKey == null ? Result.IGNORED : inbound.refresh(projectKey, issueKey)
                    .map(o -> o == JiraInbound.Outcome.NOT_LINKED ? Result.IGNORED : Result.valueOf(o.name()))
                    .orElse(Result.NOT_FOUND);
            remember(deliveryId);
            return new Delivery(result, issueKey);
        } catch (JiraConfigException e) {
            return notRead(projectKey, deliveryId, issueKey, "Jira refused the configuration (HTTP " + e.status() + "): " + e.getMessage());
        } catch (JiraNotConfiguredException e) {
            return notRead(projectKey, deliveryId, issueKey, e.getMessage());
        } catch (RuntimeException e) {
            seen.forget(deliveryId);
            throw e;
        }
    }

    /** A retry cannot help until someone fixes the settings: remember the delivery, show the problem. */
    private Delivery notRead(String projectKey, String deliveryId, String issueKey, String problem) {
        store.recordProblem(projectKey, problem);
        remember(deliveryId);
        return new Delivery(Result.JIRA_REFUSED, issueKey);
    }

    private Optional<String> secret(String projectKey) {
        try {
            return store.webhookSecret(projectKey);
        } catch (JiraNotConfiguredException e) {
            LOG.warn("Jira webhook for project {} refused: {}", projectKey, e.getMessage());
            return Optional.empty();
        }
    }

    /** The ticket the event is about; only its key is taken from the payload. */
    private static String issueKey(byte[] rawBody) {
        try {
            JsonNode key = JSON.readTree(rawBody).path("issue").path("key");
            return key.isTextual() && ISSUE_KEY.matcher(key.asText()).matches() ? key.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private boolean delivered(String deliveryId) {
        return deliveryId != null && !deliveryId.isBlank() && database.read(db ->
                db.fetchExists(JIRA_WEBHOOK_DELIVERY, JIRA_WEBHOOK_DELIVERY.IDENTIFIER.eq(deliveryId)));
    }

    /** Kept in the database too, so a delivery Jira repeats after a restart is still recognised. */
    private void remember(String deliveryId) {
        if (deliveryId == null || deliveryId.isBlank() || deliveryId.length() > 200) {
            return;
        }
        Instant now = clock.instant();
        database.write(db -> {
            db.deleteFrom(JIRA_WEBHOOK_DELIVERY).where(JIRA_WEBHOOK_DELIVERY.RECEIVED_AT.lt(toDb(now.minus(REMEMBER)))).execute();
            return db.insertInto(JIRA_WEBHOOK_DELIVERY).set(JIRA_WEBHOOK_DELIVERY.IDENTIFIER, deliveryId)
                    .set(JIRA_WEBHOOK_DELIVERY.RECEIVED_AT, toDb(now)).onConflictDoNothing().execute();
        });
    }
}
