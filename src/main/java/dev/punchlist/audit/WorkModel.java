package dev.punchlist.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fitted answer to "is this candidate a piece of work?": a logistic regression over the named
 * signals of {@link Features}, with the two thresholds the trainer chose. A model is a data file
 * ({@code work-model.json} in the jar; {@code parse --model FILE} reads another) that says how it was
 * made; {@code punchlist train} rebuilds it from the labelled corpus.
 *
 * @param weights           weight per signal name; signals not listed weigh nothing
 * @param threshold         a mention that may start a finding is kept from this confidence on
 * @param restateThreshold  a summary line that restates no finding becomes one from this confidence on
 * @param provenance        how the model was made: corpus, reports, trainer, seed
 */
public record WorkModel(Map<String, Double> weights, double threshold, double restateThreshold,
                        Map<String, Object> provenance) {
    private static final String RESOURCE = "dev/punchlist/audit/work-model.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public WorkModel {
        weights = Map.copyOf(weights);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** The model shipped in the jar. */
    public static WorkModel bundled() {
        try (InputStream in = WorkModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no " + RESOURCE + "; run punchlist train");
            }
            return JSON.readValue(in, WorkModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkModel read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), WorkModel.class);
    }

    /** Written with sorted keys, so the same corpus gives the same file byte for byte. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Map<String, Object> sorted = new TreeMap<>();
        sorted.put("weights", new TreeMap<>(weights));
        sorted.put("threshold", threshold);
        sorted.put("restateThreshold", restateThreshold);
        sorted.put("provenance", new TreeMap<>(provenance));
        Files.writeString(file, JSON.writeValueAsString(sorted) + "\n");
    }

    WorkModel withThresholds(double create, double restate) {
        return new WorkModel(weights, create, restate, provenance);
    }

    /** Probability that the mention with these signals is work. */
    double confidence(Map<String, Double> signals) {
        double z = 0;
        for (Map.Entry<String, Double> s : signals.entrySet()) {
            Double w = weights.get(s.getKey());
            if (w != null) {
                z += w * s.getValue();
            }
        }
        return 1 / (1 + Math.exp(-z));
    }
}
