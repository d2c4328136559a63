package dev.punchlist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.audit.Finding;
import dev.punchlist.audit.Report;
import dev.punchlist.audit.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code punchlist parse FILE [--json]}: reads a report and prints its findings. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read an audit report and print its findings by phase (nothing is saved).")
public final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the report (Markdown)")
    Path file;

    @Option(names = "--json", description = "print the findings as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Report report = new AuditReader().read(Files.readAllBytes(file));
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(mapper.writeValueAsString(ReportJson.of(report)));
        } else {
            printForPeople(report);
        }
        return 0;
    }

    private static void printForPeople(Report report) {
        for (int phase = 0; phase <= 2; phase++) {
            int current = phase;
            System.out.println("Phase " + phase);
            report.findings().stream().filter(f -> f.phase() == current).forEach(ParseCommand::printFinding);
        }
    }

    private static void printFinding(Finding finding) {
        String effort = finding.effort() == null ? "no estimate" : finding.effort().text();
        System.out.printf("  [%s] %s (%s; lines %s)%n", finding.severity().label(), finding.title(), effort,
                finding.lines());
    }
}
