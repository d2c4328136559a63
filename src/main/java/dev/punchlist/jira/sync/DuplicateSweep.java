package dev.punchlist.jira.sync;

import dev.punchlist.jira.IssueDraft;
import dev.punchlist.jira.JiraAmbiguousException;
import dev.punchlist.jira.JiraClient;
import dev.punchlist.jira.JiraConfigException;
import dev.punchlist.jira.JiraIssue;
import dev.punchlist.jira.JiraUnavailableException;
import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.JiraLinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.JIRA_LINK;

/**
 * Second tickets for one item. However careful the sender, a Jira that applies a create long after it timed
 * out, or an index lagging past every lookup, can leave two tickets with one item's label. The sweep sees such a
 * ticket when it turns up (in a pull, or in a lookup that finds two), keeps the first ticket (the lower id; the
 * item is linked to it), links the other to it as a duplicate and closes it, or reports it when Jira refuses.
 */
final class DuplicateSweep {
    private static final Logger LOG = LoggerFactory.getLogger(DuplicateSweep.class);

    private final Database database;
    private final JiraSettingsStore store;

    DuplicateSweep(Database database, JiraSettingsStore store) {
        this.database = database;
        this.store = store;
    }

    /** True when {@code ticket} is a second ticket of a linked item of the project (closed now, or reported). */
    boolean sweep(String projectKey, JiraClient client, JiraIssue ticket) {
        Optional<JiraLinkRecord> link = itemLink(projectKey, ticket);
        if (link.isEmpty() || link.get().getIssueKey() == null || link.get().getIssueKey().equals(ticket.key())) {
            return false; // not punchlist's, or not linked yet (the sender adopts it), or the item's own ticket
        }
        if ("done".equals(ticket.statusCategoryKey())) {
            return true; // closed already, by an earlier sweep or by the team
        }
        String linked = link.get().getIssueKey();
        boolean ticketFirst = link.get().getIssueId() != null && Long.parseLong(ticket.id()) < link.get().getIssueId();
        if (ticketFirst) {
            relink(link.get().getItemId(), ticket);
        }
        close(projectKey, client, ticketFirst ? linked : ticket.key(), ticketFirst ? ticket.key() : linked);
        return true;
    }

    private void close(String projectKey, JiraClient client, String duplicate, String kept) {
        try {
            // Read again: a page of search results can be older than what this sweep did a moment ago.
            if (client.getIssue(duplicate).map(i -> "done".equals(i.statusCategoryKey())).orElse(true)) {
                return;
            }
            client.linkAsDuplicate(duplicate, kept);
            client.transitionToCategory(duplicate, "done");
            store.recordDuplicate(projectKey, null);
            LOG.info("Jira project {}: closed {} as a duplicate of {}", projectKey, duplicate, kept);
        } catch (JiraConfigException | JiraUnavailableException | JiraAmbiguousException e) {
            String note = duplicate + " duplicates " + kept + " but could not be closed: " + e.getMessage();
            store.recordDuplicate(projectKey, note);
            LOG.warn("Jira project {}: {}", projectKey, note);
        }
    }

    /** The first ticket turned up late: the item follows it from now on, and the next push brings it up to date. */
    private void relink(long itemId, JiraIssue first) {
        database.write(db -> db.update(JIRA_LINK).set(JIRA_LINK.ISSUE_KEY, first.key())
                .set(JIRA_LINK.ISSUE_ID, Long.parseLong(first.id())).setNull(JIRA_LINK.PUSHED_HASH)
                .where(JIRA_LINK.ITEM_ID.eq(itemId)).execute());
    }

    /** The link of the project's item whose label the ticket carries, if any. */
    private Optional<JiraLinkRecord> itemLink(String projectKey, JiraIssue ticket) {
        String prefix = IssueDraft.itemLabel(projectKey, "");
        return ticket.labels().stream().filter(l -> l.startsWith(prefix) && l.substring(prefix.length()).matches("\\d{1,18}"))
                .map(l -> Long.parseLong(l.substring(prefix.length()))).findFirst()
                .flatMap(itemId -> database.read(db -> db.select(JIRA_LINK.fields()).from(JIRA_LINK)
                        .join(ITEM).on(ITEM.ID.eq(JIRA_LINK.ITEM_ID))
                        .where(JIRA_LINK.ITEM_ID.eq(itemId)).and(ITEM.PROJECT_ID.eq(ProjectIds.of(db, projectKey)))
                        .fetchOptionalInto(JIRA_LINK)));
    }
}
