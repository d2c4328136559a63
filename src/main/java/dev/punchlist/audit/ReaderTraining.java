package dev.punchlist.audit;

import com.oracle.labs.mlrg.olcut.util.Pair;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Fits the reader's work model to a labelled corpus and measures it by cross-validation. Labels come
 * from the gold findings as the scorer matches them: a candidate that states a gold finding is work.
 * The model is an L2-regularised logistic regression (Tribuo's liblinear trainer, which is
 * deterministic); the thresholds are then chosen for the best F1 of whole reads of the training
 * reports, so the same corpus always gives the same model.
 */
public final class ReaderTraining {
    /**
     * liblinear's cost: small, so strongly regularised. Picked among 0.01, 0.03, 0.1, 0.3 and 1 by the
     * cross-validated F1, the one choice made with every fold in view (docs/parser.md).
     */
    private static final double COST = 0.01;
    private static final int MIN_REPORTS = 3;
    private static final String WORK = "work";
    private static final String OTHER = "other";
    private static final double NEVER = 1.01;

    /** One report's counts as the scorer gives them. */
    public record Counts(String report, int gold, int predicted, int matched) {
    }

    /** Counts summed over reports, with the scorer's recall, precision and F1. */
    public record Total(List<Counts> reports) {
        public int gold() {
            return reports.stream().mapToInt(Counts::gold).sum();
        }

        public int predicted() {
            return reports.stream().mapToInt(Counts::predicted).sum();
        }

        public int matched() {
            return reports.stream().mapToInt(Counts::matched).sum();
        }

        public double recall() {
            return (double) matched() / Math.max(1, gold());
        }

        public double precision() {
            return (double) matched() / Math.max(1, predicted());
        }

        public double f1() {
            double r = recall();
            double p = precision();
            return r + p == 0 ? 0 : 2 * r * p / (r + p);
        }
    }

    private ReaderTraining() {
    }

    /** The model fitted on every report of the corpus. */
    public static WorkModel fit(Corpus corpus) {
        return fit(corpus, corpus.reports(), "all");
    }

    /** The labelled examples, one line each: report, line, label, signals; to see what the model learns from. */
    public static List<String> examples(Corpus corpus) {
        List<String> lines = new ArrayList<>();
        for (Corpus.Labelled r : corpus.reports()) {
            AuditReader.Prepared read = AuditReader.prepare(TextRepair.decode(r.bytes()));
            List<ArrayExample<Label>> examples = examples(r, read, name -> true);
            for (int i = 0; i < examples.size(); i++) {
                Candidate c = read.collector().candidates.get(i);
                lines.add(r.name() + "\t" + c.line + "\t" + examples.get(i).getOutput().getLabel() + "\t"
                        + String.join(" ", read.signals().get(i).keySet()) + "\t" + c.title.replace('\t', ' '));
            }
        }
        return lines;
    }

    /** The model fitted on every fold but {@code fold}. */
    public static WorkModel fitWithout(Corpus corpus, int fold) {
        return fit(corpus, corpus.except(fold), "without fold " + fold);
    }

    /** Each fold read by the model fitted without it: the figure that says how the reader does on new reports. */
    public static Total crossValidate(Corpus corpus, List<WorkModel> perFold) {
        List<Counts> counts = new ArrayList<>();
        for (int fold = 0; fold < corpus.folds().size(); fold++) {
            counts.addAll(evaluate(perFold.get(fold), corpus.only(fold)).reports());
        }
        return new Total(counts);
    }

    public static Total evaluate(WorkModel model, List<Corpus.Labelled> reports) {
        return evaluate(model, reports, prepared(reports));
    }

    private static List<AuditReader.Prepared> prepared(List<Corpus.Labelled> reports) {
        return reports.stream().map(r -> AuditReader.prepare(TextRepair.decode(r.bytes()))).toList();
    }

    private static Total evaluate(WorkModel model, List<Corpus.Labelled> reports, List<AuditReader.Prepared> reads) {
        AuditReader reader = new AuditReader(Long.MAX_VALUE, model);
        List<Counts> counts = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Corpus.Labelled r = reports.get(i);
            Report report = reader.finish(reads.get(i));
            List<String> items = report.findings().stream()
                    .map(f -> GoldMatch.normalised(f.title(), f.detail())).toList();
            counts.add(new Counts(r.name(), r.findings().size(), items.size(), GoldMatch.matched(r.findings(), items)));
        }
        return new Total(counts);
    }

    private static WorkModel fit(Corpus corpus, List<Corpus.Labelled> reports, String which) {
        List<AuditReader.Prepared> reads = prepared(reports);
        MutableDataset<Label> data = dataset(reports, reads);
        WorkModel model = new WorkModel(weights(data), 0.5, 0.5, NEVER,
                provenance(corpus, reports, which, data.size()));
        return chooseThresholds(model, heldOut(corpus, reports, reads));
    }

    private static MutableDataset<Label> dataset(List<Corpus.Labelled> reports, List<AuditReader.Prepared> reads) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("audit corpus", labels),
                labels);
        Set<String> general = general(reads);
        for (int i = 0; i < reports.size(); i++) {
            examples(reports.get(i), reads.get(i), general::contains).forEach(data::add);
        }
        return data;
    }

    private static Map<String, Double> weights(MutableDataset<Label> data) {
        LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), COST, 1000, 0.001);
        return weights(trainer.train(data));
    }

    /** Reports read by weights fitted without their fold: what the thresholds are chosen on. */
    private record HeldOut(WorkModel model, List<Corpus.Labelled> reports, List<AuditReader.Prepared> reads) {
    }

    /**
     * For each fold among the training reports (each report, where the corpus has no folds), the weights
     * fitted on the others and that fold's reads.
     * A model reading the reports it was fitted on is surer of them than of a new report, so thresholds
     * chosen there would be too high for the reports that count.
     */
    private static List<HeldOut> heldOut(Corpus corpus, List<Corpus.Labelled> reports,
                                         List<AuditReader.Prepared> reads) {
        Map<String, List<Integer>> byFold = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            String name = reports.get(i).name();
            int fold = corpus.foldOf(name);
            byFold.computeIfAbsent(fold >= 0 ? "fold " + fold : name, k -> new ArrayList<>()).add(i);
        }
        if (byFold.size() < 2) {
            throw new IllegalArgumentException("training needs at least two reports (or two folds)");
        }
        List<HeldOut> held = new ArrayList<>();
        for (List<Integer> fold : byFold.values()) {
            List<Corpus.Labelled> inReports = new ArrayList<>();
            List<AuditReader.Prepared> inReads = new ArrayList<>();
            List<Corpus.Labelled> outReports = new ArrayList<>();
            List<AuditReader.Prepared> outReads = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                (fold.contains(i) ? outReports : inReports).add(reports.get(i));
                (fold.contains(i) ? outReads : inReads).add(reads.get(i));
            }
            WorkModel inner = new WorkModel(weights(dataset(inReports, inReads)), 0.5, 0.5, NEVER, Map.of());
            held.add(new HeldOut(inner, outReports, outReads));
        }
        return held;
    }

    /**
     * A candidate is work when it states a gold finding by itself, or when it is part of the item that
     * claims a gold finding in a read that keeps every candidate and names something of that finding.
     */
    private static List<ArrayExample<Label>> examples(Corpus.Labelled report, AuditReader.Prepared read,
                                                      Predicate<String> general) {
        List<Candidate> candidates = read.collector().candidates;
        Map<Integer, Corpus.Gold> claimedAt = claimedLines(report, read);
        List<Map<String, Double>> signals = read.signals();
        List<ArrayExample<Label>> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String own = GoldMatch.normalised(c.title, c.text);
            Corpus.Gold claimed = claimedAt.get(c.line);
            boolean work = GoldMatch.statesAny(own, report.findings())
                    || claimed != null && GoldMatch.touches(claimed, own);
            out.add(example(signals.get(i), general, work));
        }
        return out;
    }

    private static Map<Integer, Corpus.Gold> claimedLines(Corpus.Labelled report, AuditReader.Prepared read) {
        WorkModel keepAll = new WorkModel(Map.of(), 0, 0, NEVER, Map.of());
        List<Finding> findings = new AuditReader(Long.MAX_VALUE, keepAll).finish(read).findings();
        List<String> items = findings.stream().map(f -> GoldMatch.normalised(f.title(), f.detail())).toList();
        int[] claims = GoldMatch.assignment(report.findings(), items);
        Map<Integer, Corpus.Gold> byLine = new HashMap<>();
        for (int j = 0; j < claims.length; j++) {
            if (claims[j] >= 0) {
                Corpus.Gold gold = report.findings().get(claims[j]);
                findings.get(j).lines().forEach(line -> byLine.put(line, gold));
            }
        }
        return byLine;
    }

    private static ArrayExample<Label> example(Map<String, Double> signals,
                                               Predicate<String> general, boolean work) {
        List<String> kept = signals.keySet().stream().filter(general).toList();
        String[] names = kept.toArray(String[]::new);
        double[] values = kept.stream().mapToDouble(signals::get).toArray();
        return new ArrayExample<>(new Label(work ? WORK : OTHER), names, values);
    }

    /**
     * Signals seen in at least {@value #MIN_REPORTS} of the training reports: a signal only one or two
     * reports show can only teach the model those reports.
     */
    private static Set<String> general(List<AuditReader.Prepared> reads) {
        Map<String, Integer> reportsWith = new HashMap<>();
        for (AuditReader.Prepared read : reads) {
            Set<String> seen = new HashSet<>();
            read.signals().forEach(s -> seen.addAll(s.keySet()));
            seen.forEach(name -> reportsWith.merge(name, 1, Integer::sum));
        }
        Set<String> general = new HashSet<>();
        reportsWith.forEach((name, n) -> {
            if (n >= MIN_REPORTS) {
                general.add(name);
            }
        });
        return general;
    }

    /** liblinear keeps one weight vector for two labels (the other label's is its negation). */
    private static Map<String, Double> weights(Model<Label> model) {
        Map<String, Double> weights = new TreeMap<>();
        for (Pair<String, Double> p : model.getTopFeatures(-1).get(WORK)) {
            weights.merge(p.getA().equals("BIAS") ? "bias" : p.getA(), round(p.getB()), Double::sum);
        }
        return weights;
    }

    private static double round(double w) {
        return Math.round(w * 1e6) / 1e6;
    }

    /**
     * Coordinate search for the best F1 of whole reads of held-out reports: one threshold for what the
     * rules keep and what they set aside alike, then the override for what they set aside, then the keep
     * threshold again, then whether a summary line that restates nothing may be a finding.
     */
    private static WorkModel chooseThresholds(WorkModel model, List<HeldOut> held) {
        double[] keepGrid = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};
        double[] overrideGrid = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, NEVER};
        double[] restateGrid = {NEVER, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6};
        double[] best = {0.5, 0.5, NEVER};
        best = best(best, keepGrid, (b, t) -> new double[] {t, t, NEVER}, held);
        best = best(best, overrideGrid, (b, t) -> new double[] {b[0], t, NEVER}, held);
        best = best(best, keepGrid, (b, t) -> new double[] {t, b[1], NEVER}, held);
        best = best(best, restateGrid, (b, t) -> new double[] {b[0], b[1], t}, held);
        return model.withThresholds(best[0], best[1], best[2]);
    }

    private static double[] best(double[] start, double[] grid, BiFunction<double[], Double, double[]> tried,
                                 List<HeldOut> held) {
        double[] best = start;
        double bestF1 = f1(start, held);
        for (double t : grid) {
            double[] candidate = tried.apply(start, t);
            double f1 = f1(candidate, held);
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = candidate;
            }
        }
        return best;
    }

    private static double f1(double[] thresholds, List<HeldOut> held) {
        List<Counts> counts = new ArrayList<>();
        for (HeldOut h : held) {
            WorkModel m = h.model().withThresholds(thresholds[0], thresholds[1], thresholds[2]);
            counts.addAll(evaluate(m, h.reports(), h.reads()).reports());
        }
        return new Total(counts).f1();
    }

    private static Map<String, Object> provenance(Corpus corpus, List<Corpus.Labelled> reports, String which,
                                                  int examples) {
        Map<String, Object> p = new TreeMap<>();
        p.put("corpus", corpus.folder().getFileName().toString());
        p.put("fit_on", which);
        p.put("reports", reports.stream().map(Corpus.Labelled::name).toList());
        p.put("reports_sha256", digest(reports));
        p.put("examples", examples);
        p.put("trainer", "tribuo LibLinearClassificationTrainer, L2R_LR, cost " + COST
                + ", 1000 iterations, epsilon 0.001");
        p.put("languages", Lexicon.ALL.languages());
        p.put("rebuild", "java -jar target/punchlist.jar train --corpus ../shared/audits");
        return p;
    }

    private static String digest(List<Corpus.Labelled> reports) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            reports.forEach(r -> sha.update(r.bytes()));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
