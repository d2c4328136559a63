package dev.punchlist.plan;

import java.util.EnumMap;
import java.util.Map;

/**
 * Per-project rules: the score weight of each severity and the effort assumed for an item whose
 * report gave no estimate.
 */
public record ProjectSettings(Map<Severity, Integer> weights, Map<Severity, EffortRange> effortDefaults) {
    private static final Map<Severity, Integer> DEFAULT_WEIGHTS =
            Map.of(Severity.CRITICAL, 8, Severity.HIGH, 4, Severity.MEDIUM, 2, Severity.LOW, 1);
    private static final Map<Severity, EffortRange> DEFAULT_EFFORT =
            Map.of(Severity.CRITICAL, new EffortRange(4, 8.0), Severity.HIGH, new EffortRange(2, 4.0),
                    Severity.MEDIUM, new EffortRange(1, 2.0), Severity.LOW, new EffortRange(0.5, 1.0));
    public static final ProjectSettings DEFAULTS = new ProjectSettings(DEFAULT_WEIGHTS, DEFAULT_EFFORT);

    public ProjectSettings {
        weights = complete(weights, DEFAULT_WEIGHTS);
        effortDefaults = complete(effortDefaults, DEFAULT_EFFORT);
        weights.forEach((severity, weight) -> {
            if (weight < 0 || weight > 1000) {
                throw new InvalidInputException("settings.weights." + severity.label(), "must be between 0 and 1000");
            }
        });
    }

    private static <V> Map<Severity, V> complete(Map<Severity, V> given, Map<Severity, V> fallback) {
        Map<Severity, V> all = new EnumMap<>(Severity.class);
        all.putAll(fallback);
        if (given != null) {
            all.putAll(given);
        }
        return Map.copyOf(all);
    }

    public int weight(Severity severity) {
        return weights.get(severity);
    }

    public EffortRange effortFor(Severity severity) {
        return effortDefaults.get(severity);
    }
}
