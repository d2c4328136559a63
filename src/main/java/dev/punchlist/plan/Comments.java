package dev.punchlist.plan;

import dev.punchlist.store.Database;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.ITEM_COMMENT;

/**
 * Each item's comment thread. Comments are only ever added, never edited, so two people writing at
 * the same moment both keep their words, and adding one needs no item version.
 */
public final class Comments {
    static final int MAX_BODY = 20_000;

    private final Database database;
    private final Clock clock;

    public Comments(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Comment add(long itemId, String body, Actor actor) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_BODY) {
            throw new InvalidInputException("comment", "must be 1–" + MAX_BODY + " characters");
        }
        Instant now = clock.instant();
        long id = database.write(db -> {
            if (!db.fetchExists(ITEM, ITEM.ID.eq(itemId))) {
                throw new NotFoundException("item " + itemId);
            }
            return db.insertInto(ITEM_COMMENT).set(ITEM_COMMENT.ITEM_ID, itemId).set(ITEM_COMMENT.AT, toDb(now))
                    .set(ITEM_COMMENT.AUTHOR, actor.name()).set(ITEM_COMMENT.BODY, text)
                    .returning(ITEM_COMMENT.ID).fetchOne().getId().longValue();
        });
        return new Comment(id, itemId, now, actor.name(), text);
    }

    /** Every comment of a project's items, by item, oldest first: what an export carries. */
    public java.util.Map<Long, List<Comment>> ofProject(String projectKey) {
        return database.read(db -> db.select(ITEM_COMMENT.fields()).from(ITEM_COMMENT).join(ITEM).on(ITEM.ID.eq(ITEM_COMMENT.ITEM_ID))
                .where(ITEM.PROJECT_ID.eq(Projects.get(db, projectKey).id())).orderBy(ITEM_COMMENT.ID)
                .fetch(r -> r.into(ITEM_COMMENT)).stream()
                .map(r -> new Comment(r.getId(), r.getItemId(), fromDb(r.getAt()), r.getAuthor(), r.getBody()))
                .collect(java.util.stream.Collectors.groupingBy(Comment::itemId, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())));
    }

    /** Oldest first, as a conversation reads. */
    public List<Comment> of(long itemId) {
        return database.read(db -> db.selectFrom(ITEM_COMMENT).where(ITEM_COMMENT.ITEM_ID.eq(itemId)).orderBy(ITEM_COMMENT.ID)
                .fetch(r -> new Comment(r.getId(), r.getItemId(), fromDb(r.getAt()), r.getAuthor(), r.getBody())));
    }
}
