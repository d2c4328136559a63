package dev.punchlist;

import dev.punchlist.cli.PunchlistCommand;
import picocli.CommandLine;

/** Entry point: hands the command line to picocli. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(PunchlistCommand.commandLine().execute(args));
    }
}
