package dev.punchlist.plan;

import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.ProjectRecord;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.PROJECT;

/** Creates, finds, changes and deletes projects. */
public final class Projects {
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    private final Database database;
    private final Clock clock;
    private volatile java.util.function.LongConsumer settingsChanged = id -> { };

    public Projects(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Project create(String key, String name, String description) {
        validate(key, name);
        return database.write(db -> {
            if (db.fetchExists(PROJECT, PROJECT.KEY.eq(key))) {
                throw new ConflictException("key", "a project with key " + key + " already exists");
            }
            ProjectRecord row = db.newRecord(PROJECT);
            row.setKey(key);
            row.setName(name.trim());
            row.setDescription(description);
            row.setSettings(SettingsJson.write(ProjectSettings.DEFAULTS));
            row.setCreatedAt(toDb(clock.instant()));
            row.setUpdatedAt(row.getCreatedAt());
            row.store();
            return toProject(row);
        });
    }

    private static void validate(String key, String name) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException("key", "must be 2–10 upper-case letters or digits, starting with a letter (like CRM)");
        }
        requireName(name);
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "must be 1–200 characters");
        }
    }

    public List<Project> all() {
        return database.read(db -> db.selectFrom(PROJECT).orderBy(PROJECT.KEY).fetch(Projects::toProject));
    }

    public Optional<Project> find(String key) {
        return database.read(db -> db.selectFrom(PROJECT).where(PROJECT.KEY.eq(key)).fetchOptional(Projects::toProject));
    }

    public Project get(String key) {
        return find(key).orElseThrow(() -> new NotFoundException("project " + key));
    }

    static Project get(DSLContext db, String key) {
        return db.selectFrom(PROJECT).where(PROJECT.KEY.eq(key)).fetchOptional(Projects::toProject)
                .orElseThrow(() -> new NotFoundException("project " + key));
    }

    /** Told after a change of a project's settings has committed (weights move the score). */
    public void afterSettingsChanged(java.util.function.LongConsumer listener) {
        this.settingsChanged = listener;
    }

    public Project update(String key, String name, String description, ProjectSettings settings) {
        if (name != null) {
            requireName(name);
        }
        Project updated = database.write(db -> {
            ProjectRecord row = db.fetchOptional(PROJECT, PROJECT.KEY.eq(key))
                    .orElseThrow(() -> new NotFoundException("project " + key));
            if (name != null) {
                row.setName(name.trim());
            }
            if (description != null) {
                row.setDescription(description);
            }
            if (settings != null) {
                row.setSettings(SettingsJson.write(settings));
            }
            row.setUpdatedAt(toDb(clock.instant()));
            row.store();
            return toProject(row);
        });
        if (settings != null) {
            settingsChanged.accept(updated.id());
        }
        return updated;
    }

    public void delete(String key) {
        int deleted = database.write(db -> db.deleteFrom(PROJECT).where(PROJECT.KEY.eq(key)).execute());
        if (deleted == 0) {
            throw new NotFoundException("project " + key);
        }
    }

    public boolean none() {
        return database.read(db -> !db.fetchExists(PROJECT));
    }

    static Project toProject(ProjectRecord row) {
        return new Project(row.getId(), row.getKey(), row.getName(), row.getDescription(),
                SettingsJson.read(row.getSettings()), fromDb(row.getCreatedAt()), fromDb(row.getUpdatedAt()));
    }
}
