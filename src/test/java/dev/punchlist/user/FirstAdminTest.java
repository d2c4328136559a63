package dev.punchlist.user;

import dev.punchlist.security.SecurityLog;
import dev.punchlist.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class FirstAdminTest {
    private static Users users(Database db) {
        return new Users(db, new PasswordHasher(), new SecurityLog(db, Clock.systemUTC()), Clock.systemUTC());
    }

    @Test
    void withoutAPasswordNoAccountIsCreatedSoThereIsNoDefaultPassword(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            FirstAdmin.ensure(users(db), null);
            assertThat(users(db).none()).isTrue();
        }
    }

    @Test
    void theAdminPasswordCreatesAdminOnlyWhileThereAreNoUsers(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            FirstAdmin.ensure(users(db), "first admin password");
            assertThat(users(db).authenticate("admin", "first admin password")).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ADMIN));
            users(db).changePassword("admin", "a changed admin password", "test");
            FirstAdmin.ensure(users(db), "first admin password");
            assertThat(users(db).authenticate("admin", "first admin password")).isEmpty();
        }
    }
}
