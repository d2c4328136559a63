package dev.punchlist.cli;

import dev.punchlist.security.IssuedToken;
import dev.punchlist.security.TokenScope;
import dev.punchlist.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code punchlist token create|list|revoke}: personal API tokens for scripts and CI. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage personal API tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public final class TokenCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print it once (it is stored only as a hash).")
    static final class Create implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "whose token")
        String user;
        @Option(names = "--scope", required = true, description = "read (GET only) or write (what the user's role allows)")
        String scope;
        @Option(names = "--name", defaultValue = "cli", description = "a label to recognise it by (default: ${DEFAULT-VALUE})")
        String name;
        @Option(names = "--days", defaultValue = "90", description = "lifetime in days, at most 366 (default: ${DEFAULT-VALUE})")
        long days;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                IssuedToken issued = CliApp.of(db).tokens().create(user, name, TokenScope.parse(scope), Duration.ofDays(days),
                        PasswordInput.operator());
                System.err.printf("token %d for %s, scope %s, expires %s; this is the only time it is shown:%n",
                        issued.token().id(), user, issued.token().scope().label(), issued.token().expiresAt());
                System.out.println(issued.secret());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Option(names = "--user", paramLabel = "NAME", description = "only this user's tokens")
        String user;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                CliApp.of(db).tokens().list(user).forEach(t -> System.out.printf("%d\t%s\t%s\t%s\texpires %s\tlast used %s%s%n",
                        t.id(), t.username(), t.name(), t.scope().label(), t.expiresAt(),
                        t.lastUsedAt() == null ? "never" : t.lastUsedAt(), t.revokedAt() == null ? "" : "\tREVOKED"));
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token at once.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "ID", description = "token id (see token list)")
        long id;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                CliApp.of(db).tokens().revoke(id, PasswordInput.operator());
                System.out.println("revoked token " + id);
            }
            return 0;
        }
    }
}
