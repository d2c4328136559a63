package dev.punchlist.cli;

import dev.punchlist.audit.Corpus;
import dev.punchlist.audit.ReaderTraining;
import dev.punchlist.audit.WorkModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code punchlist train --corpus DIR}: fits the reader's work model to a labelled corpus, writes it,
 * and (with the corpus's folds.json) one model per fold plus the cross-validated figure.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit the reader's work model to labelled reports (NAME.md + NAME.gold.json) and cross-validate it.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "folder of NAME.md + NAME.gold.json (and folds.json)")
    Path corpus;

    @Option(names = "--out", description = "where the model fitted on every report goes (default: ${DEFAULT-VALUE})",
            defaultValue = "src/main/resources/dev/punchlist/audit/work-model.json")
    Path out;

    @Option(names = "--cv-out", description = "folder for model-K.json, each fitted without fold K (default: ${DEFAULT-VALUE})",
            defaultValue = "target/cv")
    Path cvOut;

    @Option(names = "--no-cv", description = "skip cross-validation")
    boolean noCv;

    @Option(names = "--examples", paramLabel = "FILE",
            description = "also write the labelled examples (report, line, label, signals, title) as TSV")
    Path examples;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            System.err.println("punchlist train: no such folder: " + corpus);
            return 2;
        }
        java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
        Corpus labelled = Corpus.read(corpus);
        if (examples != null) {
            Files.write(examples, ReaderTraining.examples(labelled));
        }
        WorkModel all = ReaderTraining.fit(labelled);
        all.write(out);
        print("fitted", ReaderTraining.evaluate(all, labelled.reports()));
        System.out.println("model written to " + out);
        if (!noCv && !labelled.folds().isEmpty()) {
            List<WorkModel> perFold = new ArrayList<>();
            for (int fold = 0; fold < labelled.folds().size(); fold++) {
                WorkModel model = ReaderTraining.fitWithout(labelled, fold);
                model.write(cvOut.resolve("model-" + fold + ".json"));
                perFold.add(model);
            }
            print("cross-validated", ReaderTraining.crossValidate(labelled, perFold));
            System.out.println("fold models written to " + cvOut + "/model-{0.." + (perFold.size() - 1) + "}.json");
        }
        return 0;
    }

    private static void print(String what, ReaderTraining.Total total) {
        System.out.printf("%-16s f1=%.3f recall=%.3f precision=%.3f (gold %d, items %d, matched %d)%n", what,
                total.f1(), total.recall(), total.precision(), total.gold(), total.predicted(), total.matched());
    }
}
