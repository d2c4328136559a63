package dev.punchlist.cli;

import dev.punchlist.security.WeakSecretException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeRefusesToStartWithWeakSecretsTest {
    @Test
    void productionFlagWithoutKeysStopsBeforeTheDatabaseIsTouched(@TempDir Path dir) {
        ServeCommand serve = new ServeCommand(Map.of("PUNCHLIST_SESSION_KEY", "changeme"));
        Path db = dir.resolve("p.db");
        new CommandLine(serve).parseArgs("--production", "--db", db.toString(), "--port", "0");
        assertThatThrownBy(serve::call).isInstanceOf(WeakSecretException.class).hasMessageContaining("PUNCHLIST_SESSION_KEY");
        assertThat(Files.exists(db)).isFalse();
    }
}
