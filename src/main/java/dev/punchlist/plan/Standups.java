package dev.punchlist.plan;

import dev.punchlist.score.Level;
import dev.punchlist.store.Database;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.ITEM_HISTORY;
import static dev.punchlist.store.schema.Tables.SCORE_SNAPSHOT;
import static dev.punchlist.store.schema.Tables.STANDUP;

/**
 * The daily stand-up: what moved since the last one, per person. "Since the last stand-up" counts
 * from the newest recorded stand-up; before the first one it is the last 24 hours.
 */
public final class Standups {
    /** Items due within this many days (and not already in progress or blocked) are "due soon". */
    public static final int DUE_SOON_DAYS = 2;
    static final String UNASSIGNED = "";

    private final Database database;
    private final Clock clock;

    public Standups(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records that the team held its stand-up now; the next one counts from this moment. */
    public Instant hold(String projectKey, Actor actor) {
        Instant now = clock.instant();
        database.write(db -> db.insertInto(STANDUP)
                .set(STANDUP.PROJECT_ID, Projects.get(db, projectKey).id())
                .set(STANDUP.HELD_AT, toDb(now)).set(STANDUP.HELD_BY, actor.name()).execute());
        return now;
    }

    public Optional<Held> last(String projectKey) {
        return database.read(db -> last(db, Projects.get(db, projectKey).id()));
    }

    private static Optional<Held> last(DSLContext db, long projectId) {
        return db.selectFrom(STANDUP).where(STANDUP.PROJECT_ID.eq(projectId))
                .orderBy(STANDUP.HELD_AT.desc(), STANDUP.ID.desc()).limit(1)
                .fetchOptional(r -> new Held(fromDb(r.getHeldAt()), r.getHeldBy()));
    }

    /** When anything last happened to the project's items, or {@code null} when nothing did. */
    public Instant lastActivity(String projectKey) {
        return database.read(db -> fromDb(db.select(org.jooq.impl.DSL.max(ITEM_HISTORY.AT)).from(ITEM_HISTORY)
                .where(ITEM_HISTORY.PROJECT_ID.eq(Projects.get(db, projectKey).id())).fetchOne(0, java.time.LocalDateTime.class)));
    }

    public Agenda agenda(String projectKey) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return database.read(db -> {
            long projectId = Projects.get(db, projectKey).id();
            Optional<Held> last = last(db, projectId);
            Instant since = last.map(Held::at).orElse(now.minus(Duration.ofHours(24)));
            List<Item> open = db.selectFrom(ITEM).where(ITEM.PROJECT_ID.eq(projectId))
                    .and(ITEM.STATUS.notIn(Status.DONE.label(), Status.WONT_FIX.label()))
                    .orderBy(ITEM.PHASE, ItemRows.SEVERITY_RANK, ITEM.POSITION, ITEM.ID).fetch(ItemRows::toItem);
            List<Item> unassignedUrgent = open.stream().filter(i -> i.assignee() == null && i.phase() == 0).toList();
            Map<String, Person.Builder> people = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Item item : open) {
                if (item.assignee() == null) {
                    continue;
                }
                Person.Builder person = people.computeIfAbsent(item.assignee(), Person.Builder::new);
                if (item.status() == Status.IN_PROGRESS) {
                    person.inProgress.add(item);
                } else if (item.status() == Status.BLOCKED) {
                    person.blocked.add(item);
                } else if (item.due() != null && !item.due().isAfter(today.plusDays(DUE_SOON_DAYS))) {
                    person.dueSoon.add(item);
                }
            }
            for (Finished done : finishedSince(db, projectId, since)) {
                people.computeIfAbsent(done.person(), Person.Builder::new).finished.add(done.item());
            }
            List<Person> team = people.values().stream().map(Person.Builder::build).toList();
            return new Agenda(since, last.orElse(null), unassignedUrgent, team, scoreAt(db, projectId, since), today);
        });
    }

    /** Items whose status became done or won't fix since {@code since}, credited to the assignee (else who closed it). */
    private static List<Finished> finishedSince(DSLContext db, long projectId, Instant since) {
        Map<Long, Finished> byItem = new LinkedHashMap<>();
        db.select(ITEM_HISTORY.ACTOR, ITEM_HISTORY.ITEM_ID).from(ITEM_HISTORY)
                .where(ITEM_HISTORY.PROJECT_ID.eq(projectId)).and(ITEM_HISTORY.FIELD.eq("status"))
                .and(ITEM_HISTORY.NEW_VALUE.in(Status.DONE.label(), Status.WONT_FIX.label()))
                .and(ITEM_HISTORY.AT.ge(toDb(since))).orderBy(ITEM_HISTORY.ID)
                .forEach(r -> {
                    Item item = Items.get(db, r.value2());
                    if (item.status().resolved()) {
                        String person = item.assignee() != null ? item.assignee() : r.value1();
                        byItem.put(item.id(), new Finished(person, item));
                    }
                });
        return new ArrayList<>(byItem.values());
    }

    /**
     * The score as it stood at {@code since}: the newest snapshot written at or before it, else (for a
     * project younger than that) the first snapshot ever written, so a new team still sees its progress.
     */
    private static ScoreThen scoreAt(DSLContext db, long projectId, Instant since) {
        return db.selectFrom(SCORE_SNAPSHOT).where(SCORE_SNAPSHOT.PROJECT_ID.eq(projectId))
                .and(SCORE_SNAPSHOT.AT.le(toDb(since))).orderBy(SCORE_SNAPSHOT.AT.desc(), SCORE_SNAPSHOT.ID.desc()).limit(1)
                .fetchOptional(Standups::scoreThen)
                .or(() -> db.selectFrom(SCORE_SNAPSHOT).where(SCORE_SNAPSHOT.PROJECT_ID.eq(projectId))
                        .orderBy(SCORE_SNAPSHOT.ID).limit(1).fetchOptional(Standups::scoreThen))
                .orElse(null);
    }

    private static ScoreThen scoreThen(dev.punchlist.store.schema.tables.records.ScoreSnapshotRecord r) {
        return new ScoreThen(r.getScore(), Level.valueOf(r.getLevel().toUpperCase(java.util.Locale.ROOT)));
    }

    /** One held stand-up. */
    public record Held(Instant at, String by) {
    }

    /** The score and level at an earlier moment. */
    public record ScoreThen(double score, Level level) {
    }

    private record Finished(String person, Item item) {
    }

    /** One person's part of the stand-up. */
    public record Person(String name, List<Item> inProgress, List<Item> blocked, List<Item> dueSoon, List<Item> finished) {
        private static final class Builder {
            final String name;
            final List<Item> inProgress = new ArrayList<>();
            final List<Item> blocked = new ArrayList<>();
            final List<Item> dueSoon = new ArrayList<>();
            final List<Item> finished = new ArrayList<>();

            Builder(String name) {
                this.name = name;
            }

            Person build() {
                return new Person(name, List.copyOf(inProgress), List.copyOf(blocked), List.copyOf(dueSoon), List.copyOf(finished));
            }
        }
    }

    /**
     * What the stand-up goes through.
     *
     * @param last       the previous stand-up, or {@code null} before the first
     * @param scoreThen  the score at {@code since}, or {@code null} when no snapshot is that old
     */
    public record Agenda(Instant since, Held last, List<Item> unassignedPhase0, List<Person> people, ScoreThen scoreThen,
                         LocalDate today) {
    }
}
