package dev.punchlist.user;

import dev.punchlist.plan.ConflictException;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.NotFoundException;
import dev.punchlist.security.SecurityLog;
import dev.punchlist.store.Database;
import dev.punchlist.store.Timestamps;
import dev.punchlist.store.schema.tables.records.AppUserRecord;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static dev.punchlist.store.schema.Tables.APP_USER;
import static dev.punchlist.store.schema.Tables.USER_SESSION;

/** Accounts: create, change password or role, deactivate, check a password. Every change is in the audit log. */
public final class Users {
    private static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";

    private final Database database;
    private final PasswordHasher hasher;
    private final SecurityLog log;
    private final Clock clock;
    private volatile Runnable roleChanged = () -> { };

    public Users(Database database, PasswordHasher hasher, SecurityLog log, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.log = log;
        this.clock = clock;
    }

    public User create(String username, String password, Role role, String actor) {
        String name = validName(username);
        PasswordPolicy.check(password);
        String hash = hasher.hash(password);
        return database.write(db -> {
            if (db.fetchExists(APP_USER, APP_USER.USERNAME.eq(name))) {
                throw new ConflictException("username", "a user named " + name + " already exists");
            }
            LocalDateTime now = Timestamps.toDb(clock.instant());
            AppUserRecord row = db.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, name)
                    .set(APP_USER.PASSWORD_HASH, hash)
                    .set(APP_USER.ROLE, role.label())
                    .set(APP_USER.CREATED_AT, now)
                    .set(APP_USER.UPDATED_AT, now)
                    .returning().fetchOne();
            log.record(db, actor, "user.create", name, "role " + role.label(), null);
            return user(row);
        });
    }

    /** Sets a new password and ends the user's sessions, so a stolen session dies with the old password. */
    public void changePassword(String username, String password, String actor) {
        PasswordPolicy.check(password);
        String hash = hasher.hash(password);
        database.write(db -> {
            AppUserRecord row = existing(db, username);
            row.setPasswordHash(hash);
            row.setUpdatedAt(Timestamps.toDb(clock.instant()));
            row.store();
            db.deleteFrom(USER_SESSION).where(USER_SESSION.USER_ID.eq(row.getId())).execute();
            log.record(db, actor, "user.password", row.getUsername(), null, null);
            return null;
        });
    }

    /** Told after a role change or a deactivation has committed, so whatever remembers who may do what can forget it. */
    public void onRoleChange(Runnable listener) {
        this.roleChanged = listener;
    }

    public User changeRole(String username, Role role, String actor) {
        User changed = database.write(db -> {
            AppUserRecord row = existing(db, username);
            Role before = Role.parse("role", row.getRole());
            if (before == Role.ADMIN && role != Role.ADMIN && row.getDeactivatedAt() == null && activeAdmins(db) == 1) {
                throw new ConflictException("role", "the last admin cannot lose the admin role");
            }
            row.setRole(role.label());
            row.setUpdatedAt(Timestamps.toDb(clock.instant()));
            row.store();
            log.record(db, actor, "user.role", row.getUsername(), before.label() + " -> " + role.label(), null);
            return user(row);
        });
        roleChanged.run();
        return changed;
    }

    /**
     * Deactivates ({@code active} false) or reactivates an account. Deactivation ends its sessions at once and its
     * tokens on their next use; the last active admin stays.
     */
    public User setActive(String username, boolean active, String actor) {
        User changed = database.write(db -> {
            AppUserRecord row = existing(db, username);
            if (active == (row.getDeactivatedAt() == null)) {
                return user(row);
            }
            if (!active && Role.ADMIN.label().equals(row.getRole()) && activeAdmins(db) == 1) {
                throw new ConflictException("active", "the last active admin cannot be deactivated");
            }
            LocalDateTime now = Timestamps.toDb(clock.instant());
            row.setDeactivatedAt(active ? null : now);
            row.setUpdatedAt(now);
            row.store();
            db.deleteFrom(USER_SESSION).where(USER_SESSION.USER_ID.eq(row.getId())).execute();
            log.record(db, actor, active ? "user.reactivate" : "user.deactivate", row.getUsername(), null, null);
            return user(row);
        });
        roleChanged.run();
        return changed;
    }

    private static int activeAdmins(org.jooq.DSLContext db) {
        return db.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMIN.label()).and(APP_USER.DEACTIVATED_AT.isNull()));
    }

    public Optional<User> find(String username) {
        return database.read(db -> Optional.ofNullable(db.fetchOne(APP_USER, APP_USER.USERNAME.eq(username))).map(Users::user));
    }

    public Optional<User> find(long id) {
        return database.read(db -> Optional.ofNullable(db.fetchOne(APP_USER, APP_USER.ID.eq(id))).map(Users::user));
    }

    public List<User> list() {
        return database.read(db -> db.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(Users::user));
    }

    public boolean none() {
        return database.read(db -> !db.fetchExists(APP_USER));
    }

    /**
     * The user when the password is right. An unknown name costs one Argon2 check like a wrong password,
     * so neither the answer nor its timing tells whether the account exists.
     */
    public Optional<User> authenticate(String username, String password) {
        Optional<AppUserRecord> row = database.read(db -> Optional.ofNullable(
                db.fetchOne(APP_USER, APP_USER.USERNAME.eq(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT)))));
        if (row.isEmpty()) {
            hasher.matchesNothing(password);
            return Optional.empty();
        }
        // the password is checked for a deactivated account too, so its answer takes as long as any other
        boolean matches = hasher.matches(password, row.get().getPasswordHash());
        return matches && row.get().getDeactivatedAt() == null ? row.map(Users::user) : Optional.empty();
    }

    private static AppUserRecord existing(org.jooq.DSLContext db, String username) {
        AppUserRecord row = db.fetchOne(APP_USER, APP_USER.USERNAME.eq(username));
        if (row == null) {
            throw new NotFoundException("no user named " + username);
        }
        return row;
    }

    private static String validName(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches(NAME_PATTERN)) {
            throw new InvalidInputException("username", "use 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    private static User user(AppUserRecord row) {
        return new User(row.getId(), row.getUsername(), Role.parse("role", row.getRole()), Timestamps.fromDb(row.getCreatedAt()),
                Timestamps.fromDb(row.getDeactivatedAt()));
    }
}
