package dev.punchlist.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code punchlist} command; every feature adds a subcommand here. */
@Command(name = "punchlist", mixinStandardHelpOptions = true, version = "punchlist 0.1",
        description = "Turns audit reports into phased remediation checklists.",
        subcommands = {ServeCommand.class, ParseCommand.class, ImportCommand.class, GateCommand.class,
                UserCommand.class, TokenCommand.class, BackupCommand.class, RestoreCommand.class, JiraCommand.class,
                TrainCommand.class})
public final class PunchlistCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** With a factory that makes some commands differently (tests give {@link JiraCommand} its environment). */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(new PunchlistCommand(), factory).setExecutionExceptionHandler(PunchlistCommand::failCleanly);
    }

    /** A user's mistake (bad setting, unknown project) gets one line, not a stack trace. */
    private static int failCleanly(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println("punchlist " + command.getCommandName() + ": " + e.getMessage());
        if (e.getMessage() == null) {
            e.printStackTrace(command.getErr()); // no words for the user: a defect, so show where
        }
        return 2;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
