package dev.punchlist.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of labelled reports: {@code NAME.md} (or {@code .txt}) beside {@code NAME.gold.json}, and
 * optionally {@code folds.json} splitting the names into folds for cross-validation.
 */
public record Corpus(Path folder, List<Labelled> reports, List<List<String>> folds) {
    /** One report with the findings a careful reader puts on the checklist. */
    public record Labelled(String name, byte[] bytes, List<Gold> findings) {
    }

    /** A gold finding as the scorer matches it: at least half of its phrases in an item's title and text. */
    public record Gold(String title, List<String> match) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Corpus read(Path folder) throws IOException {
        List<Labelled> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path gold : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                String name = gold.getFileName().toString().replace(".gold.json", "");
                reports.add(new Labelled(name, Files.readAllBytes(document(folder, name)), findings(gold)));
            }
        }
        if (reports.isEmpty()) {
            throw new IOException("no NAME.gold.json files in " + folder);
        }
        return new Corpus(folder, List.copyOf(reports), folds(folder.resolve("folds.json")));
    }

    private static Path document(Path folder, String name) throws IOException {
        for (String extension : List.of(".md", ".txt")) {
            Path p = folder.resolve(name + extension);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IOException("no report " + name + ".md beside its gold labels in " + folder);
    }

    private static List<Gold> findings(Path gold) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(gold.toFile()).path("findings")) {
            List<String> match = new ArrayList<>();
            f.path("match").forEach(m -> {
                if (!m.asText().isBlank()) {
                    match.add(m.asText());
                }
            });
            out.add(new Gold(f.path("title").asText(), List.copyOf(match)));
        }
        return List.copyOf(out);
    }

    private static List<List<String>> folds(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<List<String>> folds = new ArrayList<>();
        for (JsonNode fold : JSON.readTree(file.toFile()).path("folds")) {
            List<String> names = new ArrayList<>();
            fold.forEach(n -> names.add(n.asText()));
            folds.add(List.copyOf(names));
        }
        return List.copyOf(folds);
    }

    /** The fold that holds the report, -1 for none. */
    public int foldOf(String name) {
        for (int i = 0; i < folds.size(); i++) {
            if (folds.get(i).contains(name)) {
                return i;
            }
        }
        return -1;
    }

    List<Labelled> except(int fold) {
        return reports.stream().filter(r -> foldOf(r.name()) != fold).toList();
    }

    List<Labelled> only(int fold) {
        return reports.stream().filter(r -> foldOf(r.name()) == fold).toList();
    }
}
