package dev.punchlist.cli;

import dev.punchlist.store.Database;
import dev.punchlist.user.Role;
import dev.punchlist.user.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code punchlist user add|passwd|role|list}: manage accounts from a shell on the server. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage user accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.ChangeRole.class, UserCommand.ListUsers.class})
public final class UserCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account (asks for its password).")
    static final class Add implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "NAME", description = "username")
        String name;
        @Option(names = "--role", required = true, description = "viewer, member, lead or admin")
        String role;
        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean stdin;

        @Override
        public Integer call() throws Exception {
            Role parsed = Role.parse("role", role);
            String password = PasswordInput.read(stdin);
            try (Database db = database.open()) {
                User user = CliApp.of(db).users().create(name, password, parsed, PasswordInput.operator());
                System.out.println("created " + user.username() + " (" + user.role().label() + ")");
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a new password (ends the user's sessions).")
    static final class Passwd implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "NAME", description = "username")
        String name;
        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean stdin;

        @Override
        public Integer call() throws Exception {
            String password = PasswordInput.read(stdin);
            try (Database db = database.open()) {
                CliApp.of(db).users().changePassword(name, password, PasswordInput.operator());
                System.out.println("password changed for " + name + "; their sessions are ended");
            }
            return 0;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Change a user's role.")
    static final class ChangeRole implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Parameters(index = "0", paramLabel = "NAME", description = "username")
        String name;
        @Parameters(index = "1", paramLabel = "ROLE", description = "viewer, member, lead or admin")
        String role;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                User user = CliApp.of(db).users().changeRole(name, Role.parse("role", role), PasswordInput.operator());
                System.out.println(user.username() + " is now " + user.role().label());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                CliApp.of(db).users().list().forEach(u -> System.out.println(u.username() + "\t" + u.role().label()));
            }
            return 0;
        }
    }
}
