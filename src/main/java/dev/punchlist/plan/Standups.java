package dev.punchlist.plan;

import dev.punchlist.score.Level;
import dev.punchlist.store.Database;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
        return agenda(projectKey, null);
    }

    /** The stand-up; with {@code mine}, only that person's part (names compared ignoring case). */
    public Agenda agenda(String projectKey, String mine) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return database.read(db -> {
            long projectId = Projects.get(db, projectKey).id();
            Optional<Held> last = last(db, projectId);
            Instant since = last.map(Held::at).orElse(now.minus(Duration.ofHours(24)));
            List<Item> open = db.selectFrom(ITEM).where(ITEM.PROJECT_ID.eq(projectId))
                    .and(ITEM.STATUS.notIn(Status.DONE.label(), Status.WONT_FIX.label()))
                    .orderBy(ITEM.PHASE, ItemRows.SEVERITY_RANK, ITEM.POSITION, ITEM.ID).fetch(ItemRows::toItem);
            List<Item> unassignedUrgent = open.stream().filter(i -> i.assignee() == null && i.phase() <= 1).toList();
            List<Item> overdue = open.stream().filter(i -> i.overdue(today)).toList();
            Moves moves = movesSince(db, projectId, since);
            Map<Long, Blocked> blocked = blockedSince(db, open, now);
            Map<String, Person.Builder> people = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Item item : open) {
                if (item.assignee() != null) {
                    people.computeIfAbsent(item.assignee(), Person.Builder::new).add(item, today, blocked.get(item.id()), moves);
                }
            }
            for (Finished done : finishedSince(db, projectId, since)) {
                people.computeIfAbsent(done.person(), Person.Builder::new).finished.add(done.item());
            }
            // by id: looking each one up in the list made a re-audit's thousands of new items cost most of a second
            Map<Long, Item> openById = new HashMap<>();
            open.forEach(item -> openById.put(item.id(), item));
            moves.reassigned.forEach((itemId, from) -> Optional.ofNullable(openById.get(itemId)).filter(i -> i.assignee() != null)
                    .ifPresent(i -> people.get(i.assignee()).reassigned.add(new Reassigned(i, from))));
            List<Person> team = people.values().stream().map(Person.Builder::build)
                    .filter(p -> mine == null || p.name().equalsIgnoreCase(mine)).toList();
            List<Item> added = moves.addedByImport.stream().map(openById::get).filter(java.util.Objects::nonNull).toList();
            return new Agenda(since, last.orElse(null), unassignedUrgent, team, scoreAt(db, projectId, since), today, overdue, added,
                    moves.changed);
        });
    }

    /** What the history says moved since the last stand-up: who started what, reassignments, items an import added. */
    private static final class Moves {
        final java.util.Set<Long> changed = new java.util.HashSet<>();
        final java.util.Set<Long> started = new java.util.HashSet<>();
        final Map<Long, String> reassigned = new LinkedHashMap<>();
        final List<Long> addedByImport = new ArrayList<>();
    }

    private static Moves movesSince(DSLContext db, long projectId, Instant since) {
        Moves moves = new Moves();
        db.select(ITEM_HISTORY.ITEM_ID, ITEM_HISTORY.FIELD, ITEM_HISTORY.OLD_VALUE, ITEM_HISTORY.NEW_VALUE, ITEM_HISTORY.SOURCE)
                .from(ITEM_HISTORY).where(ITEM_HISTORY.PROJECT_ID.eq(projectId)).and(ITEM_HISTORY.AT.ge(toDb(since)))
                .and(ITEM_HISTORY.FIELD.in("status", "assignee", "created")).orderBy(ITEM_HISTORY.ID)
                .forEach(r -> {
                    long id = r.value1();
                    moves.changed.add(id);
                    switch (r.value2()) {
                        case "status" -> {
                            if (Status.IN_PROGRESS.label().equals(r.value4())) {
                                moves.started.add(id);
                            }
                        }
                        case "assignee" -> moves.reassigned.putIfAbsent(id, r.value3() == null ? "" : r.value3());
                        default -> {
                            if (Actor.IMPORT.equals(r.value5())) {
                                moves.addedByImport.add(id);
                            }
                        }
                    }
                });
        return moves;
    }

    /** For each blocked item: since when, and the reason given with the change (the latest, when it was blocked more than once). */
    private static Map<Long, Blocked> blockedSince(DSLContext db, List<Item> open, Instant now) {
        List<Long> ids = open.stream().filter(i -> i.status() == Status.BLOCKED).map(Item::id).toList();
        Map<Long, Blocked> blocked = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return blocked;
        }
        db.select(ITEM_HISTORY.ITEM_ID, ITEM_HISTORY.AT, ITEM_HISTORY.REASON).from(ITEM_HISTORY)
                .where(ITEM_HISTORY.ITEM_ID.in(ids)).and(ITEM_HISTORY.FIELD.eq("status")).and(ITEM_HISTORY.NEW_VALUE.eq(Status.BLOCKED.label()))
                .orderBy(ITEM_HISTORY.ID).forEach(r -> blocked.put(r.value1(), new Blocked(null, fromDb(r.value2()), r.value3(),
                        Duration.between(fromDb(r.value2()), now))));
        return blocked;
    }

    /**
     * Items whose status became done or won't fix since {@code since}, credited to the assignee (else who closed it
     * last). The items are read in one query: reading each inside the loop over the history held one reader
     * connection per stand-up while asking for another, so a few stand-ups at once took the whole pool and every
     * read waited 30 s for a connection (found by the mixed-load benchmark).
     */
    private static List<Finished> finishedSince(DSLContext db, long projectId, Instant since) {
        Condition closed = ITEM_HISTORY.PROJECT_ID.eq(projectId).and(ITEM_HISTORY.FIELD.eq("status"))
                .and(ITEM_HISTORY.NEW_VALUE.in(Status.DONE.label(), Status.WONT_FIX.label())).and(ITEM_HISTORY.AT.ge(toDb(since)));
        Map<Long, String> closer = new LinkedHashMap<>();
        db.select(ITEM_HISTORY.ACTOR, ITEM_HISTORY.ITEM_ID).from(ITEM_HISTORY).where(closed).orderBy(ITEM_HISTORY.ID).fetch()
                .forEach(r -> closer.put(r.value2(), r.value1()));
        Map<Long, Item> items = new HashMap<>();
        db.selectFrom(ITEM).where(ITEM.ID.in(DSL.select(ITEM_HISTORY.ITEM_ID).from(ITEM_HISTORY).where(closed)))
                .fetch(ItemRows::toItem).forEach(item -> items.put(item.id(), item));
        List<Finished> finished = new ArrayList<>();
        closer.forEach((id, actor) -> {
            Item item = items.get(id);
            if (item != null && item.status().resolved()) {
                finished.add(new Finished(item.assignee() != null ? item.assignee() : actor, item));
            }
        });
        return finished;
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

    /** A blocked item: since when, the reason given when it was blocked (or {@code null}), and for how long. */
    public record Blocked(Item item, Instant since, String reason, Duration lasted) {
        /** "3 d", "5 h", "40 min": for reading from across the room. */
        public String howLong() {
            if (lasted.toDays() >= 1) {
                return lasted.toDays() + " d";
            }
            return lasted.toHours() >= 1 ? lasted.toHours() + " h" : Math.max(1, lasted.toMinutes()) + " min";
        }
    }

    /** An item given to this person since the last stand-up; {@code from} is the previous assignee, empty for nobody. */
    public record Reassigned(Item item, String from) {
    }

    /** How many of a person's waiting items the stand-up lists as their next ones. */
    static final int NEXT = 3;

    /**
     * One person's part of the stand-up. Items whose status or assignee changed since the last stand-up are
     * in {@code Agenda.changed}, which the page marks "new".
     */
    public record Person(String name, List<Item> inProgress, List<Item> started, List<Blocked> blocked, List<Item> dueSoon,
                         List<Item> finished, List<Reassigned> reassigned, List<Item> next) {
        private static final class Builder {
            final String name;
            final List<Item> inProgress = new ArrayList<>();
            final List<Item> started = new ArrayList<>();
            final List<Blocked> blocked = new ArrayList<>();
            final List<Item> dueSoon = new ArrayList<>();
            final List<Item> finished = new ArrayList<>();
            final List<Reassigned> reassigned = new ArrayList<>();
            final List<Item> next = new ArrayList<>();

            Builder(String name) {
                this.name = name;
            }

            void add(Item item, LocalDate today, Blocked blockedSince, Moves moves) {
                if (item.status() == Status.IN_PROGRESS) {
                    (moves.started.contains(item.id()) ? started : inProgress).add(item);
                } else if (item.status() == Status.BLOCKED) {
                    blocked.add(blockedSince == null ? new Blocked(item, null, null, Duration.ZERO)
                            : new Blocked(item, blockedSince.since(), blockedSince.reason(), blockedSince.lasted()));
                } else if (item.due() != null && !item.due().isAfter(today.plusDays(DUE_SOON_DAYS))) {
                    dueSoon.add(item);
                } else if (next.size() < NEXT) {
                    next.add(item);
                }
            }

            /** An item given to this person that they also started or finished is listed once, under what they did. */
            Person build() {
                java.util.Set<Long> shown = new java.util.HashSet<>();
                started.forEach(i -> shown.add(i.id()));
                finished.forEach(i -> shown.add(i.id()));
                List<Reassigned> given = reassigned.stream().filter(r -> !shown.contains(r.item().id())).toList();
                return new Person(name, List.copyOf(inProgress), List.copyOf(started), List.copyOf(blocked), List.copyOf(dueSoon),
                        List.copyOf(finished), given, List.copyOf(next));
            }
        }
    }

    /**
     * What the stand-up goes through.
     *
     * @param last       the previous stand-up, or {@code null} before the first
     * @param scoreThen  the score at {@code since}, or {@code null} when no snapshot is that old
     * @param unassignedUrgent open Phase 0 and 1 items nobody has taken
     * @param addedByImport open items an import (a re-audit) added since the last stand-up
     */
    public record Agenda(Instant since, Held last, List<Item> unassignedUrgent, List<Person> people, ScoreThen scoreThen,
                         LocalDate today, List<Item> overdue, List<Item> addedByImport, java.util.Set<Long> changed) {
        /** True when the item's status or assignee changed since the last stand-up. */
        public boolean isNew(long itemId) {
            return changed.contains(itemId);
        }
    }
}
