package dev.punchlist.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words behind the reader's language signals, one resource file per language
 * ({@code words/en.properties}, {@code words/de.properties}, …): every file found there is read, so a
 * new language is one new file. A report may mix languages, so every concept matches the words of all.
 */
final class Lexicon {
    /** What a group of words says about a line or a heading. */
    enum Concept {
        ISSUES_SECTION, STRENGTH_SECTION, SUMMARY_SECTION, PLAN_SECTION, REFERENCE_SECTION, DEFICIENCY, PRAISE,
        IMPERATIVE, DONE, PENDING, FIELD_IMPACT, FIELD_FIX, FIELD_SEVERITY, FIELD_EFFORT, FIELD_LOCATION,
        SEVERITY_CRITICAL, SEVERITY_HIGH, SEVERITY_MEDIUM, SEVERITY_LOW, TIME_NOW, TIME_SOON, TIME_LATER, PHASE_NAME,
        OVERALL, SCORE_WORD;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String FOLDER = "dev/punchlist/audit/words";
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    static final Lexicon ALL = load();

    /** The words of one concept: whole words, word beginnings ("implement*"), phrases, and ideographic words. */
    private record Words(Set<String> exact, List<String> prefixes, List<String[]> phrases, List<String> ideographic) {
        boolean matchesAt(List<String> tokens, int i) {
            String token = tokens.get(i);
            if (exact.contains(token)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (token.startsWith(prefix)) {
                    return true;
                }
            }
            for (String[] phrase : phrases) {
                if (phraseAt(tokens, i, phrase)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean phraseAt(List<String> tokens, int i, String[] phrase) {
            if (i + phrase.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < phrase.length; k++) {
                String word = phrase[k];
                String token = tokens.get(i + k);
                boolean prefix = k == phrase.length - 1 && word.endsWith("*");
                if (prefix ? !token.startsWith(word.substring(0, word.length() - 1)) : !token.equals(word)) {
                    return false;
                }
            }
            return true;
        }

        int ideographicHits(String text) {
            int n = 0;
            for (String word : ideographic) {
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                    n++;
                }
            }
            return n;
        }
    }

    private final Map<Concept, Words> words;
    private final List<String> languages;

    private Lexicon(Map<Concept, Words> words, List<String> languages) {
        this.words = words;
        this.languages = languages;
    }

    List<String> languages() {
        return languages;
    }

    /** Whether any word of the concept occurs in the text. */
    boolean mentions(Concept concept, String text) {
        return count(concept, text, 1) > 0;
    }

    /** How many times words of the concept occur in the text. */
    int count(Concept concept, String text) {
        return count(concept, text, Integer.MAX_VALUE);
    }

    private int count(Concept concept, String text, int enough) {
        Words w = words.get(concept);
        int n = w.ideographic().isEmpty() ? 0 : w.ideographicHits(text);
        List<String> tokens = tokens(text);
        for (int i = 0; i < tokens.size() && n < enough; i++) {
            if (w.matchesAt(tokens, i)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the text starts with a word of the concept (after any marks or numbering). */
    boolean startsWith(Concept concept, String text) {
        List<String> tokens = tokens(text);
        int first = 0;
        while (first < tokens.size() && tokens.get(first).chars().allMatch(Character::isDigit)) {
            first++;
        }
        Words w = words.get(concept);
        if (first < tokens.size() && w.matchesAt(tokens, first)) {
            return true;
        }
        String head = text.strip();
        return w.ideographic().stream().anyMatch(head::startsWith);
    }

    /** The severity the words of any language name, gravest first; empty when none does. */
    Optional<Severity> severity(String text) {
        Concept[] levels = {Concept.SEVERITY_CRITICAL, Concept.SEVERITY_HIGH, Concept.SEVERITY_MEDIUM,
            Concept.SEVERITY_LOW};
        for (int i = 0; i < levels.length; i++) {
            if (mentions(levels[i], text)) {
                return Optional.of(Severity.values()[i]);
            }
        }
        return Optional.empty();
    }

    /** How urgent a time box's words say it is: 0 now, 1 soon, 2 later, -1 when they say nothing. */
    int urgency(String text) {
        return mentions(Concept.TIME_NOW, text) ? 0 : mentions(Concept.TIME_SOON, text) ? 1
                : mentions(Concept.TIME_LATER, text) ? 2 : -1;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Lexicon load() {
        Map<Concept, Words> words = new EnumMap<>(Concept.class);
        for (Concept c : Concept.values()) {
            words.put(c, new Words(new HashSet<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        List<String> languages = new ArrayList<>();
        for (String file : languageFiles()) {
            Properties p = read(FOLDER + "/" + file);
            languages.add(file.substring(0, file.indexOf('.')));
            for (Concept c : Concept.values()) {
                for (String word : p.getProperty(c.key(), "").split(",")) {
                    if (!word.isBlank()) {
                        add(words.get(c), word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return new Lexicon(words, List.copyOf(languages));
    }

    private static void add(Words w, String word) {
        if (word.codePoints().anyMatch(Character::isIdeographic)) {
            w.ideographic().add(word.replace("*", "")); // Chinese writes no spaces between words
            return;
        }
        boolean prefix = word.endsWith("*");
        String[] parts = NON_WORD.split(prefix ? word.substring(0, word.length() - 1) : word);
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                kept.add(part);
            }
        }
        if (kept.size() == 1) {
            if (prefix) {
                w.prefixes().add(kept.get(0));
            } else {
                w.exact().add(kept.get(0));
            }
        } else if (!kept.isEmpty()) {
            if (prefix) {
                kept.set(kept.size() - 1, kept.get(kept.size() - 1) + "*");
            }
            w.phrases().add(kept.toArray(String[]::new));
        }
    }

    private static Properties read(String resource) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language files in the words folder, whether it is a directory or inside the jar. */
    private static List<String> languageFiles() {
        URL url = Lexicon.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("no word lists at " + FOLDER);
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return list(jar.getPath(FOLDER));
                } catch (java.nio.file.FileSystemAlreadyExistsException open) {
                    return list(FileSystems.getFileSystem(url.toURI()).getPath(FOLDER));
                }
            }
            return list(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties")).toList());
            Collections.sort(names);
            return names;
        }
    }
}
