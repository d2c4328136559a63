package dev.punchlist.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code punchlist} command; every feature adds a subcommand here. */
@Command(name = "punchlist", mixinStandardHelpOptions = true, version = "punchlist 0.1",
        description = "Turns audit reports into phased remediation checklists.",
        subcommands = {ParseCommand.class})
public final class PunchlistCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        return new CommandLine(new PunchlistCommand());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
