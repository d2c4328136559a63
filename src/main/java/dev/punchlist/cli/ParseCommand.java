package dev.punchlist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.audit.Finding;
import dev.punchlist.audit.Report;
import dev.punchlist.audit.ReportJson;
import dev.punchlist.audit.ReportScore;
import dev.punchlist.audit.ReportTooLargeException;
import dev.punchlist.audit.WorkModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code punchlist parse FILE [--json]}: reads a report and prints its findings. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read an audit report and print its findings by phase (nothing is saved).")
public final class ParseCommand implements Callable<Integer> {
    static final int CANNOT_READ = 2;

    @Parameters(paramLabel = "FILE", description = "the report (Markdown)")
    Path file;

    @Option(names = "--json", description = "print the findings as JSON")
    boolean json;

    @Option(names = "--model", paramLabel = "FILE", description = "a work model from `punchlist train` instead of the bundled one")
    Path model;

    @Override
    public Integer call() throws Exception {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            System.err.println("punchlist parse: no such file: " + file);
            return CANNOT_READ;
        } catch (IOException e) {
            System.err.println("punchlist parse: cannot read " + file + ": " + e.getMessage());
            return CANNOT_READ;
        }
        Report report;
        try {
            report = reader().read(bytes);
        } catch (ReportTooLargeException e) {
            System.err.println("punchlist parse: " + file + ": " + e.getMessage());
            return CANNOT_READ;
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(mapper.writeValueAsString(ReportJson.of(report)));
        } else {
            printForPeople(report);
        }
        return 0;
    }

    private AuditReader reader() throws IOException {
        return model == null ? new AuditReader()
                : new AuditReader(AuditReader.DEFAULT_LIMIT_BYTES, WorkModel.read(model));
    }

    private static void printForPeople(Report report) {
        System.out.println(report.title() == null ? "(untitled report)" : report.title());
        printScore(report.score());
        if (report.verdict() != null) {
            System.out.println("Verdict: " + report.verdict());
        }
        for (int phase = 0; phase <= 2; phase++) {
            int current = phase;
            List<Finding> inPhase = report.findings().stream().filter(f -> f.phase() == current).toList();
            System.out.printf("%nPhase %d (%d)%n", phase, inPhase.size());
            inPhase.forEach(ParseCommand::printFinding);
        }
        System.out.printf("%n%d findings; %d lines left out as not work (strengths, done items, metrics, summaries)%n",
                report.findings().size(), report.notWork().size());
    }

    private static void printScore(ReportScore score) {
        if (score.overall() != null) {
            System.out.printf("Score: %s/%s%n", number(score.overall()), number(score.scale()));
        }
    }

    private static void printFinding(Finding finding) {
        String effort = finding.effort() == null ? "no estimate" : finding.effort().text();
        System.out.printf("  [%s] %s (%s; lines %s)%n", finding.severity().label(), finding.title(), effort,
                finding.lines());
    }

    private static String number(Double value) {
        return value == null ? "?" : value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
    }
}
